// The folder `npm run build` builds into, kept between builds as a copy of the current site. Creating
// files is what costs on a large site: at 5,000 entries, Astro's incremental build spent 10 s copying
// some 7,000 unchanged pages into a new, empty folder, about 1 ms a file on this kind of disk. Built into
// a folder that already holds the site, Astro leaves each unchanged page where it is, and only what
// changed is written.
//
// After each build the folder holds the site before it, and a detached process (follow-site.ts) brings
// it up to date, so that the next build finds it ready; that build checks it all the same.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Where the site for `dist` is built: named after the target, which Astro writes into its bundle. */
export function stagingFor(root: string, dist: string): string {
  return join(root, '.build', `dist-${createHash('sha256').update(dist).digest('hex').slice(0, 12)}`);
}

/** Every file and folder under `dir`, by path relative to it. */
function entriesOf(dir: string): Map<string, BigIntStats> {
  const entries = new Map<string, BigIntStats>();
  if (!existsSync(dir)) return entries;
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(item.parentPath, item.name);
    entries.set(relative(dir, path), lstatSync(path, { bigint: true }));
  }
  return entries;
}

/**
 * Whether two files hold the same bytes. Files neither side has changed since `alikeBefore` (a change
 * time, which no program can set back) were alike then, and still are when their sizes agree.
 */
function sameFile(a: string, aStats: BigIntStats, b: string, bStats: BigIntStats, alikeBefore: bigint | undefined): boolean {
  if (aStats.ino === bStats.ino && aStats.dev === bStats.dev) return true;
  if (aStats.size !== bStats.size) return false;
  if (alikeBefore !== undefined && aStats.ctimeNs < alikeBefore && bStats.ctimeNs < alikeBefore) return true;
  return readFileSync(a).equals(readFileSync(b));
}

export interface MirrorReport {
  /** Files already the same in both */
  same: number;
  copied: number;
  removed: number;
}

/**
 * Makes `target` hold exactly the files of `source`, to the byte: a file that differs, or is missing, is
 * copied (never linked, so that a later build writing into `target` cannot change `source`), and
 * anything `source` lacks is removed. Without `source`, `target` is emptied. `alikeBefore`: see sameFile.
 */
export function mirrorTree(source: string, target: string, alikeBefore?: bigint): MirrorReport {
  const wanted = entriesOf(source);
  const present = entriesOf(target);
  const report: MirrorReport = { same: 0, copied: 0, removed: 0 };
  for (const [path, stats] of present) {
    const kind = wanted.get(path);
    if (kind && kind.isDirectory() === stats.isDirectory()) continue;
    // A folder may already be gone with its parent
    if (!existsSync(join(target, path))) continue;
    rmSync(join(target, path), { recursive: true, force: true });
    report.removed++;
  }
  mkdirSync(target, { recursive: true });
  for (const [path, stats] of wanted) {
    const to = join(target, path);
    if (stats.isDirectory()) {
      mkdirSync(to, { recursive: true });
      continue;
    }
    const existing = present.get(path);
    if (existing?.isFile() && existsSync(to) && sameFile(join(source, path), stats, to, existing, alikeBefore)) {
      report.same++;
      continue;
    }
    rmSync(to, { force: true });
    copyFileSync(join(source, path), to);
    report.copied++;
  }
  return report;
}

/**
 * The file system's clock now, in nanoseconds: the change time of a file made beside `staging`. Whatever
 * is written from here on is at least as recent. The clock advances in ticks of a few milliseconds, so
 * what was just written is first left a tick behind; else a file copied in the same tick would pass for
 * one written later.
 */
export async function fileClock(staging: string): Promise<bigint> {
  await sleep(50);
  const marker = `${staging}.clock-${process.pid}`;
  writeFileSync(marker, '');
  const now = lstatSync(marker, { bigint: true }).ctimeNs;
  rmSync(marker);
  return now;
}

/**
 * Which site a kept folder is for, and since when its files and the site's are known alike: a file that
 * neither has changed since then is the same in both.
 */
interface StagingRecord {
  dist: string;
  /** A change time in nanoseconds, as a decimal string */
  alikeBefore: string;
}

export function recordStaging(staging: string, dist: string, alikeBefore: bigint): void {
  writeFileSync(`${staging}.target`, JSON.stringify({ dist, alikeBefore: String(alikeBefore) } satisfies StagingRecord));
}

function readRecord(file: string): StagingRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StagingRecord;
  } catch {
    return undefined;
  }
}

/** See StagingRecord: undefined unless the kept folder's record is for `dist`. */
export function recordedAlike(staging: string, dist: string): bigint | undefined {
  const record = readRecord(`${staging}.target`);
  return record?.dist === dist ? BigInt(record.alikeBefore) : undefined;
}

/** Removes the kept folders of sites that no longer exist (a test's or a benchmark's temporary site). */
export function dropOrphanedStagings(root: string): void {
  const folder = join(root, '.build');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!/^dist-[0-9a-f]{12}\.target$/.test(name)) continue;
    const dist = readRecord(join(folder, name))?.dist;
    if (dist && existsSync(dist)) continue;
    const staging = join(folder, name.replace(/\.target$/, ''));
    for (const path of [staging, followerFile(staging), join(folder, name)]) rmSync(path, { recursive: true, force: true });
  }
}

const followerFile = (staging: string) => `${staging}.following`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts bringing the kept folder up to date with `dist`, in a process that outlives the build. */
export function followInBackground(dist: string, staging: string): void {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./follow-site.ts', import.meta.url)), dist, staging], {
    detached: true,
    stdio: 'ignore',
  });
  if (child.pid !== undefined) writeFileSync(followerFile(staging), String(child.pid));
  child.unref();
}

/** Waits for the process that brings the kept folder up to date, if one is still at work. */
export async function awaitFollower(staging: string): Promise<void> {
  const file = followerFile(staging);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8'));
  if (isRunning(pid)) console.log('output folder: waiting for the copy of the previous site to be brought up to date');
  while (isRunning(pid)) await sleep(100);
  rmSync(file, { force: true });
}
