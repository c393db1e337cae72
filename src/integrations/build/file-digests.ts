import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where builds remember the digests of the site's files */
export const FILE_DIGESTS_FILE = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'teixit-file-digests.json');

interface Stored {
  version: 1;
  /** Digests this build used; the next build also reads `older`, those of the build before */
  recent: [key: string, digest: string][];
  older: [key: string, digest: string][];
}

/**
 * The SHA-256 of the built site's files, remembered between builds under what the file system says of
 * each file (its path in the site, inode, size and change time), so that the steps that hash every file
 * (the search cache's key, the offline copies' integrity) read again only the files a build changed.
 * Two builds' worth are kept: consecutive builds write into two folders in turn (scripts/lib/output-tree.ts),
 * whose copies of a file are different inodes.
 *
 * A change time can only move forward, and every write moves it; but it ticks coarsely, so a file changed
 * less than `settleMs` ago is hashed without being remembered: a second write within the same tick
 * would leave its change time as it was.
 */
export class FileDigests {
  readonly #file: string | undefined;
  readonly #known: Map<string, string>;
  readonly #previousBuild: Map<string, string>;
  readonly #used = new Map<string, string>();
  readonly #settleMs: number;
  /** Digests this build took from an earlier one, or from its own earlier reading of the same file */
  remembered = 0;
  /** Files this build read and hashed */
  computed = 0;

  private constructor(file: string | undefined, stored: Stored | undefined, settleMs: number) {
    this.#file = file;
    this.#settleMs = settleMs;
    this.#previousBuild = new Map(stored?.recent ?? []);
    this.#known = new Map([...(stored?.older ?? []), ...(stored?.recent ?? [])]);
  }

  /** Digests remembered in `file` by earlier builds; a missing or damaged file only costs their recomputation. */
  static load(file: string = FILE_DIGESTS_FILE, settleMs = 1000): FileDigests {
    let stored: Stored | undefined;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (parsed.version === 1 && Array.isArray(parsed.recent) && Array.isArray(parsed.older)) stored = parsed;
    } catch {
      // none yet, or unreadable: start afresh
    }
    return new FileDigests(file, stored, settleMs);
  }

  /** Digests for one build only, remembered nowhere */
  static untracked(): FileDigests {
    return new FileDigests(undefined, undefined, 0);
  }

  /** The SHA-256 of `path`, a file of the site in `siteDir` */
  of(siteDir: string, path: string): Buffer {
    const stats = statSync(path, { bigint: true });
    const key = `${relative(siteDir, path)}\0${stats.ino}\0${stats.size}\0${stats.ctimeNs}`;
    // A file the offline copies of several languages share is read once
    const known = this.#used.get(key) ?? this.#known.get(key);
    if (known !== undefined) {
      this.remembered++;
      this.#used.set(key, known);
      return Buffer.from(known, 'base64');
    }
    this.computed++;
    const digest = createHash('sha256').update(readFileSync(path)).digest();
    const settled = BigInt(Date.now() - this.#settleMs) * 1_000_000n > stats.ctimeNs;
    if (this.#file !== undefined && settled) this.#used.set(key, digest.toString('base64'));
    return digest;
  }

  /** Remembers this build's digests, and the previous build's that this one did not use. */
  save(): void {
    if (this.#file === undefined) return;
    const older = [...this.#previousBuild].filter(([key]) => !this.#used.has(key));
    const stored: Stored = { version: 1, recent: [...this.#used], older };
    mkdirSync(dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, this.#file);
  }
}
