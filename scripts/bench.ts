// Benchmarks the real build on a synthetic knowledge base of about N pages, and the search on the result.
//
//   npm run bench -- --pages N [--warm] [--runs R] [--heap MB] [--seed S] [--keep] [--cpu-prof]
//   npm run bench -- --real [--warm] [--runs R] [--heap MB] [--keep] [--cpu-prof]
//
// Cold (default): the social-card cache, the checker's kept parses, the kept search indexes, the files' digests, Astro's data
// store, node_modules/.astro, the built site and its kept output folder are cleared, as in a fresh clone,
// then the site is built once. Warm: after clearing the same caches, the site is built twice and the second build
// is reported. The build is the real one (`npm run build`) with TEIXIT_CONTENT and TEIXIT_DIST pointing
// into a temporary folder; with --real it builds content/ itself, the real site. After the measurements,
// one entry's text is edited (a sentence of one generated .mdx is repeated) and the site rebuilt with the
// caches the build left: edit_s is that warm one-entry rebuild; the file is then put back. With --real the
// content is the project's own and is never edited (edit_s=na).
//
// --runs R repeats the whole measurement R times on the same generated content (caches cleared before
// each), printing each run's line, then one more line of the medians of every figure, marked median_of=R.
// --heap MB caps the V8 heap of every node process of the build (NODE_OPTIONS --max-old-space-size; the
// build script then keeps it instead of its own cap of 0.3 MB per card), to see how much of the peak is
// V8's: at 10,000 pages a 2048 MB cap still peaked at 4.2 GB (Astro's process 3.5 GB), in the bundling
// and rendering phases, so that memory is not the JavaScript heap. It prints what it measured and ends
// with one line per run:
//   bench pages=… build_s=… peak_rss_mb=… dist_mb=… bytes_per_page=… article_gz=… finder_kb=… first_search_kb=… search_ms=…
//     offline_mb=… words_gz_kb=… typo_ms=… edit_s=… load=…
// load: the machine's mean 1-minute load average during the (measured) build, on availableParallelism() cores.
// finder_kb: the largest language's file of method facts that the finder page loads, gzipped.
// first_search_kb: the Pagefind files the real search page, 390 px wide, fetches from opening until the
// results of its first query ("community", the commonest word) are on screen; search_ms: the median of
// twenty more queries on that page, from submitting to results on screen (scripts/lib/bench-search.ts).
// offline_mb: English's offline copy (its precache manifest's files); words_gz_kb: the largest of the
// languages' search vocabularies, gzipped; typo_ms: the median of ten misspelt queries on the search page,
// from submitting to corrected results on screen. MB are MiB (2^20 bytes), KB are KiB.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { ui } from '../src/lib/i18n.ts';
import { LANGUAGES, type Lang } from '../src/lib/languages.ts';
import { manifestFile, type OfflineManifest } from '../src/lib/offline.ts';
import { urls } from '../src/lib/urls.ts';
import { cleanEnv, ROOT } from './lib/env.ts';
import { FIRST_QUERY, measureSearch } from './lib/bench-search.ts';
import { generateContent } from './lib/synthetic-content.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { checkSite } from '../src/lib/site-check.ts';
import { PARSE_CACHE_DIR } from '../src/lib/parse-cache.ts';
import { SEARCH_CACHE_DIR } from '../src/integrations/build/search-cache.ts';
import { FILE_DIGESTS_FILE } from '../src/integrations/build/file-digests.ts';
import { awaitFollower, stagingFor } from './lib/output-tree.ts';

const TIME = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string' },
    real: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    heap: { type: 'string' },
  },
});
const runsWanted = Number(args.runs);
const heapMb = args.heap === undefined ? undefined : Number(args.heap);
const pagesWanted = Number(args.pages);
if (
  args.real === (args.pages !== undefined) ||
  (!args.real && (!Number.isInteger(pagesWanted) || pagesWanted <= 0)) ||
  !Number.isInteger(runsWanted) ||
  runsWanted <= 0 ||
  (heapMb !== undefined && (!Number.isInteger(heapMb) || heapMb < 256))
) {
  console.error(
    'Usage: npm run bench -- --pages N [--warm] [--runs R] [--heap MB] [--seed S] [--keep] [--cpu-prof]\n       npm run bench -- --real [--warm] [--runs R] [--heap MB] [--keep] [--cpu-prof]',
  );
  process.exit(2);
}

const MiB = 1024 * 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;

// ---------------------------------------------------------------------------------------------------
// The build, timed, with its memory

interface LogLine {
  at: number;
  text: string;
}

interface BuildResult {
  status: number | null;
  wallMs: number;
  /** "Maximum resident set size" of /usr/bin/time -v: the largest single process of the tree */
  maxRssKb?: number;
  /** Sum of the PSS of every process of the tree at its peak, sampled from /proc */
  treePeakKb: number;
  /** The machine's mean 1-minute load average while the build ran (other users' work included) */
  meanLoad: number;
  /** The 1-minute load average when the build started: what else the machine was doing */
  loadBefore: number;
  /** [ms since start, tree PSS in kB] every 200 ms */
  memory: [number, number][];
  lines: LogLine[];
  log: string;
}

function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/**
 * The memory the whole build holds: the proportional set size (PSS) of each of its processes, so that the
 * pages they share (Node itself, libraries) count once rather than once per process.
 */
function treeMemoryKb(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return total;
}

function runCommand(command: string, commandArgs: string[], env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const child = spawn(command, commandArgs, { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise) => child.on('close', (status) => resolvePromise({ status, output })));
}

function runBuild(env: Record<string, string>, logFile: string): Promise<BuildResult> {
  const haveTime = existsSync(TIME);
  const command = haveTime ? TIME : 'npm';
  const commandArgs = haveTime ? ['-v', 'npm', 'run', '-s', 'build'] : ['run', '-s', 'build'];
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const chunks: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      chunks.push(chunk);
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    });
    stream.on('end', () => pending && lines.push({ at: performance.now() - started, text: pending }));
  };
  collect(child.stdout);
  collect(child.stderr);
  let treePeakKb = 0;
  const loadBefore = loadavg()[0] ?? 0;
  const loads: number[] = [];
  const memory: [number, number][] = [];
  const sampler = setInterval(() => {
    if (child.pid) {
      const rss = treeMemoryKb(child.pid);
      memory.push([performance.now() - started, rss]);
      treePeakKb = Math.max(treePeakKb, rss);
    }
    loads.push(loadavg()[0] ?? 0);
  }, 200);
  return new Promise((resolvePromise) => {
    child.on('close', (status) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      const log = chunks.join('');
      writeFileSync(logFile, log);
      writeFileSync(logFile.replace(/\.log$/, '.timed.log'), lines.map((l) => `[+${Math.round(l.at)} ms] ${plain(l.text)}`).join('\n'));
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1];
      const meanLoad = loads.reduce((sum, l) => sum + l, 0) / Math.max(1, loads.length);
      resolvePromise({ status, wallMs, maxRssKb: maxRss ? Number(maxRss) : undefined, treePeakKb, meanLoad, loadBefore, memory, lines, log });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Where the build's time goes, read from its own output

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

interface Phase {
  name: string;
  start: number;
  ms: number;
}

/** Landmarks of the build output, each named after the step that ends there. */
const LANDMARKS: [step: string, landmark: RegExp][] = [
  ['npm, node, and the output folder checked against the current site (after an earlier build only)', /^output folder: the previous site/],
  ['startup: npm, node, Astro, its config (the content check starts here, in a child process)', /\[content\] Syncing content/],
  ['content layer sync (plain Markdown texts rendered here)', /\[content\] Synced content/],
  ['type generation', /\[types\] Generated/],
  ['waiting for the content check (until the build starts)', /Collecting build info/],
  ['collect build info', /✓ Completed in/],
  ['Vite/rolldown bundle of the pages and of the texts that use components', / generating static routes /],
  ['render every route (HTML pages, data files)', /✓ Completed in/],
  ['sitemap', /sitemap-index\.xml` created/],
  ['redirect pages', /\[teixit:site\] redirects: [\d.]+ s$/],
  ["the previous site's files that Astro neither wrote nor kept, removed", /\[teixit:site\] previous site: [\d.]+ s$/],
  ['Pagefind index', /\[teixit:site\] search index: [\d.]+ s$/],
  ['search vocabulary', /\[teixit:site\] search vocabulary: [\d.]+ s$/],
  ['_headers', /\[teixit:site\] security headers: [\d.]+ s$/],
  ['offline copies', /\[teixit:site\] offline copies: [\d.]+ s$/],
  ['social cards still drawing after all that, copied into the site', /\[teixit:site\] copy cards: [\d.]+ s$/],
  ['move dist into place', /^site written to/],
];

interface BuildProfile {
  phases: Phase[];
  routes: Map<string, { count: number; ms: number }>;
  slowest: [string, number][];
  astro: string[];
  warnings: number;
}

function phasesOf(lines: LogLine[], wallMs: number): BuildProfile {
  const clean = lines.map((l) => ({ at: l.at, text: plain(l.text) }));
  const phases: Phase[] = [];
  let from = 0;
  let previous = 0;
  for (const [step, landmark] of LANDMARKS) {
    const index = clean.findIndex((l, i) => i >= from && landmark.test(l.text));
    if (index < 0) continue;
    const at = (clean[index] as LogLine).at;
    phases.push({ name: step, start: previous, ms: at - previous });
    previous = at;
    from = index + 1;
  }
  phases.push({ name: 'process exit', start: previous, ms: wallMs - previous });
  // Astro's own per-route times: "├─ /path (+12ms)"
  const routes = new Map<string, { count: number; ms: number }>();
  const slow: [string, number][] = [];
  const entrySlugs = new Set(LANGUAGES.flatMap((lang) => COLLECTIONS.map((c) => `/${lang}/${ui(lang).collections[c].slug}/`)));
  for (const { text } of clean) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
    if (!match) continue;
    const path = match[1] as string;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    let kind: string;
    if (path.startsWith('/data/')) kind = 'open-data files';
    else if (path.endsWith('.xml') || path.endsWith('.txt')) kind = 'feeds, robots';
    else if (/translation|traduccion|itzulpen/.test(path)) kind = 'translation-status pages';
    else if ([...entrySlugs].some((prefix) => path.startsWith(prefix) && path.length > prefix.length + 'index.html'.length))
      kind = 'entry pages (HTML)';
    else kind = 'home, index and other pages (HTML)';
    const group = routes.get(kind) ?? { count: 0, ms: 0 };
    group.count++;
    group.ms += ms;
    routes.set(kind, group);
    slow.push([path, ms]);
  }
  const slowest = slow.sort((a, b) => b[1] - a[1]).slice(0, 8);
  const astro = clean
    .map((l) => l.text.trim())
    .filter((t) => /Completed in|built in|Generated|page\(s\) built/.test(t) && !/[├└]─/.test(t));
  const warnings = clean.filter((l) => /\[WARN\]/.test(l.text)).length;
  return { phases, routes, slowest, astro, warnings };
}

// ---------------------------------------------------------------------------------------------------
// CPU profiles (--cpu-prof): self time by package or source folder, per node process

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

function whereOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native/V8)';
  if (url.startsWith('node:')) return 'node: built-ins';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path.slice(path.lastIndexOf('node_modules/')))?.[1];
  if (pkg) return pkg;
  const own = relative(ROOT, path);
  if (!own.startsWith('..')) return own.split('/').slice(0, 2).join('/');
  return path.includes('/.build/') ? 'built site chunks (.build/…)' : path;
}

function summariseProfiles(dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const fns = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const dt = profile.timeDeltas[i] ?? 0;
      total += dt;
      if (!node) return;
      const where = whereOf(node.callFrame.url, node.callFrame.functionName);
      self.set(where, (self.get(where) ?? 0) + dt);
      const fn = `${node.callFrame.functionName || '(anonymous)'} ${where}`;
      fns.set(fn, (fns.get(fn) ?? 0) + dt);
    });
    // spawnSync is scripts/build.ts blocked on its child: waiting, not work
    const idle = (self.get('(idle)') ?? 0) + (fns.get('spawnSync node: built-ins') ?? 0);
    const busy = total - idle;
    if (busy < 2e6) continue; // processes that mostly waited (npm, scripts/build.ts waiting for astro)
    console.log(
      `CPU profile ${file}: ${seconds(total / 1000)} sampled, main thread busy ${seconds(busy / 1000)}, idle ${seconds(idle / 1000)} (waiting: I/O, native threads such as sharp's, child processes); busy time by package or folder:`,
    );
    self.delete('(idle)');
    for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${seconds(us / 1000).padStart(9)}  ${fmt((100 * us) / total).padStart(5)} %  ${where}`);
    }
    console.log('  top functions:');
    fns.delete('(idle) (idle)');
    for (const [fn, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${seconds(us / 1000).padStart(9)}  ${fn}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The built site

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? walk(path) : [path];
  });
}

interface DistFigures {
  htmlPages: number;
  htmlBytes: number;
  totalBytes: number;
  byFolder: Map<string, number>;
  largestHtml: [string, number][];
}

function distFigures(dist: string): DistFigures {
  const files = walk(dist);
  const byFolder = new Map<string, number>();
  let htmlPages = 0;
  let htmlBytes = 0;
  let totalBytes = 0;
  const html: [string, number][] = [];
  for (const file of files) {
    const size = statSync(file).size;
    totalBytes += size;
    const rel = relative(dist, file);
    const top = rel.includes('/') ? (rel.split('/')[0] as string) : '(root files)';
    const kind = file.endsWith('.html')
      ? 'HTML pages'
      : top === 'cards' || top === 'pagefind' || top === 'data'
        ? `${top}/`
        : 'other files (feeds, sitemap, _headers, public/)';
    byFolder.set(kind, (byFolder.get(kind) ?? 0) + size);
    if (file.endsWith('.html')) {
      htmlPages++;
      htmlBytes += size;
      html.push([`/${rel}`, size]);
    }
  }
  return { htmlPages, htmlBytes, totalBytes, byFolder, largestHtml: html.sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

/** gzip of one methodology page and of the CSS and JS it references (inline <style> is in the HTML). */
function articleWeight(dist: string): { page: string; htmlGz: number; assets: { path: string; gz: number }[]; total: number } {
  const folder = join(dist, 'en', ui('en').collections.methodologies.slug);
  const pages = readdirSync(folder)
    .map((id) => join(folder, id, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => [file, statSync(file).size] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const median = pages[Math.floor(pages.length / 2)];
  if (!median) throw new Error('No methodology page was built');
  const html = readFileSync(median[0]);
  const text = html.toString('utf8');
  const refs = new Set<string>();
  for (const tag of text.match(/<link\b[^>]*>/g) ?? []) {
    if (!/rel="?(stylesheet|modulepreload)"?/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) refs.add(href);
  }
  for (const tag of text.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) refs.add(/src="([^"]+)"/.exec(tag)?.[1] as string);
  // A script's static imports load with it (the service worker's registration is a chunk of its own).
  for (const ref of refs) {
    const file = join(dist, ref.split(/[?#]/)[0] as string);
    if (!ref.endsWith('.js') || !existsSync(file)) continue;
    for (const [, imported] of readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      refs.add(new URL(imported as string, `http://site${ref}`).pathname);
    }
  }
  const assets = [...refs]
    .filter((ref) => ref.startsWith('/') && !ref.startsWith('//'))
    .map((ref) => {
      const file = join(dist, ref.split(/[?#]/)[0] as string);
      return { path: ref, gz: existsSync(file) ? gzipSync(readFileSync(file)).length : 0 };
    });
  const htmlGz = gzipSync(html).length;
  return {
    page: `/${relative(dist, median[0])}`,
    htmlGz,
    assets,
    total: htmlGz + assets.reduce((sum, a) => sum + a.gz, 0),
  };
}

/** What the method finder loads when it runs: its file of every method's facts, per language, gzipped. */
function finderWeight(dist: string): { lang: string; gz: number }[] {
  return LANGUAGES.map((lang) => {
    const file = join(dist, lang, 'finder.json');
    return { lang, gz: existsSync(file) ? gzipSync(readFileSync(file)).length : 0 };
  });
}

/** Each language's offline copy, from its precache manifest, and its search vocabulary. */
function offlineFigures(dist: string): Record<Lang, { files: number; bytes: number; manifestGz: number; words: number; wordsBytes: number; wordsGz: number }> {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const manifestText = readFileSync(join(dist, manifestFile(lang)));
      const manifest = JSON.parse(manifestText.toString('utf8')) as OfflineManifest;
      const words = readFileSync(join(dist, urls.searchWords(lang).slice(urls.root().length)));
      return [
        lang,
        {
          files: manifest.entries.length,
          bytes: manifest.bytes,
          manifestGz: gzipSync(manifestText).length,
          words: words.toString('utf8').split(/\s+/).filter(Boolean).length,
          wordsBytes: words.length,
          wordsGz: gzipSync(words).length,
        },
      ];
    }),
  ) as Record<Lang, { files: number; bytes: number; manifestGz: number; words: number; wordsBytes: number; wordsGz: number }>;
}

// ---------------------------------------------------------------------------------------------------

/**
 * After a build, a detached process brings the kept output folder up to date (scripts/lib/output-tree.ts).
 * It is waited for, and timed, so that it neither disturbs the measurements that follow nor goes unseen.
 */
async function followerDone(): Promise<void> {
  const started = performance.now();
  await awaitFollower(stagingFor(ROOT, dist));
  console.log(`after the build, in the background: the kept output folder brought up to date in ${seconds(performance.now() - started)}`);
}

/** Everything a fresh clone lacks: the caches, and the site with the folder it is built in. */
function clearCaches() {
  for (const path of [
    join(ROOT, 'node_modules', '.cache', 'teixit-cards'),
    PARSE_CACHE_DIR,
    SEARCH_CACHE_DIR,
    FILE_DIGESTS_FILE,
    join(ROOT, '.astro', 'data-store.json'),
    join(ROOT, 'node_modules', '.astro'),
    dist,
    stagingFor(ROOT, dist),
  ]) {
    rmSync(path, { recursive: true, force: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'teixit-bench-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
/** HTML pages the page map says the build makes */
let expected = 0;
// ---------------------------------------------------------------------------------------------------
// One run, its line, the medians of several

/** The figures of the bench line, in its order, each as printed ("na" where there is none). */
type BenchFigures = Record<
  | 'pages'
  | 'build_s'
  | 'peak_rss_mb'
  | 'dist_mb'
  | 'bytes_per_page'
  | 'article_gz'
  | 'finder_kb'
  | 'first_search_kb'
  | 'search_ms'
  | 'offline_mb'
  | 'words_gz_kb'
  | 'typo_ms'
  | 'edit_s'
  | 'load',
  string
>;

const benchLine = (figures: BenchFigures) =>
  `bench ${Object.entries(figures)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')}`;

/** Each figure's median over the runs, with as many decimals as the runs printed; "na" if any run had none. */
function medians(lines: BenchFigures[]): BenchFigures {
  const names = Object.keys(lines[0] as BenchFigures) as (keyof BenchFigures)[];
  return Object.fromEntries(
    names.map((name) => {
      const values = lines.map((line) => line[name]);
      if (values.some((v) => v === 'na')) return [name, 'na'];
      const digits = values[0]?.split('.')[1]?.length ?? 0;
      return [name, median(values.map(Number)).toFixed(digits)];
    }),
  ) as BenchFigures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] as number) + (sorted[Math.ceil((sorted.length - 1) / 2)] as number)) / 2;
}

/**
 * The warm one-entry edit: repeats the first sentence of the first paragraph of one generated entry text
 * (the first methodology's English one, words the content already has), rebuilds with the caches the
 * measured build left, and puts the file back. Returns the rebuild's wall time in ms.
 */
async function editOneEntry(env: Record<string, string>, run: number): Promise<number> {
  const folder = join(content, 'methodologies');
  const id = readdirSync(folder).sort()[0];
  if (!id) throw new Error('no methodology to edit');
  const file = join(folder, id, 'en.mdx');
  const original = readFileSync(file, 'utf8');
  const bodyAt = original.indexOf('\n---', 3) + 4;
  const lines = original.slice(bodyAt).split('\n');
  const index = lines.findIndex((line) => /^\p{L}[^.]*\.\s/u.test(line));
  if (bodyAt < 4 || index < 0) throw new Error(`${file}: no paragraph to edit`);
  const paragraph = lines[index] as string;
  lines[index] = `${paragraph} ${paragraph.slice(0, paragraph.indexOf('.') + 1)}`;
  writeFileSync(file, original.slice(0, bodyAt) + lines.join('\n'));
  try {
    const logFile = join(work, `build-${run}-edit.log`);
    const build = await runBuild(env, logFile);
    console.log(`warm rebuild after editing one sentence of ${relative(work, file)}: exit ${build.status} in ${seconds(build.wallMs)} (log: ${logFile})`);
    await followerDone();
    if (build.status !== 0) {
      console.log(build.log.split('\n').slice(-40).join('\n'));
      throw new Error('the rebuild after the edit failed');
    }
    return build.wallMs;
  } finally {
    writeFileSync(file, original);
  }
}

async function measureOnce(env: Record<string, string>, run: number, profiles: string | undefined): Promise<BenchFigures> {
  clearCaches();
  const builds = args.warm ? 2 : 1;
  let build: BuildResult | undefined;
  for (let i = 1; i <= builds; i++) {
    const label = args.warm ? (i === 1 ? 'warm-up build' : 'measured warm build') : 'cold build';
    const logFile = join(work, `build-${run}-${i}.log`);
    build = await runBuild(env, logFile);
    console.log(`${label}${runsWanted > 1 ? ` (run ${run} of ${runsWanted})` : ''}: exit ${build.status} in ${seconds(build.wallMs)} (log: ${logFile})`);
    if (build.status !== 0) {
      console.log(build.log.split('\n').slice(-40).join('\n'));
      throw new Error('the build failed');
    }
    await followerDone();
  }
  if (!build) throw new Error('no build ran');

  const { phases, routes, slowest, astro, warnings } = phasesOf(build.lines, build.wallMs);
  console.log('\nwhere the build time goes (from the build output, timestamped as it arrived):');
  for (const phase of phases) {
    const peak = build.memory
      .filter(([t]) => t >= phase.start && t <= phase.start + phase.ms)
      .reduce((max, [, kb]) => Math.max(max, kb), 0);
    console.log(`  ${seconds(phase.ms).padStart(9)}  ${phase.name}${peak ? ` (memory of the tree up to ${fmt(peak / 1024, 0)} MB)` : ''}`);
  }
  console.log('routes rendered, from Astro\'s per-route times:');
  for (const [kind, r] of [...routes].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${seconds(r.ms).padStart(9)}  ${kind}: ${r.count} routes, ${fmt(r.ms / r.count)} ms each`);
  }
  console.log(`slowest routes: ${slowest.map(([p, ms]) => `${p} ${Math.round(ms)} ms`).join(', ')}`);
  console.log(`Astro's own timings: ${astro.join(' | ')}`);
  console.log(`warnings in the build output: ${warnings}`);
  const besideAstro = (step: string) =>
    build.lines.map((l) => /\[teixit:site\] (.*)$/.exec(plain(l.text))?.[1] ?? '').filter((t) => t.startsWith(`${step}: `));
  console.log(`${besideAstro('content check').join('; ')} (in a child process, beside Astro's startup and content sync)`);
  console.log(`${besideAstro('social cards').join('; ')} (in a child process, from the end of the check)`);

  if (profiles) summariseProfiles(profiles);

  // From scratch, like the build's own check: without the parses the build kept (it leaves them as they were)
  rmSync(PARSE_CACHE_DIR, { recursive: true, force: true });
  const check = await runCommand(process.execPath, ['scripts/check.ts'], args.real ? {} : { TEIXIT_CONTENT: content });
  const checkSeconds = /in ([\d.]+) s/.exec(check.output)?.[1];
  console.log(
    `content check alone (scripts/check.ts; the build runs the same checker once, beside Astro's startup): ${checkSeconds ?? '?'} s, exit ${check.status}`,
  );

  const cpu = /Percent of CPU this job got: (\d+)%/.exec(build.log)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(build.log)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(build.log)?.[1];
  if (cpu) console.log(`CPU: ${user} s user + ${system} s system over ${fmt(build.wallMs / 1000)} s wall (${cpu} % of one core; ${availableParallelism()} cores)`);
  console.log(
    `machine load during the build: mean 1-minute load ${fmt(build.meanLoad)} on ${availableParallelism()} cores (the build's own processes and threads count in it; the 1-minute load before the build was ${fmt(build.loadBefore)})`,
  );

  // The bench line reports what the machine must have free for the build: the peak of the whole tree.
  const peakKb = build.treePeakKb;
  console.log(
    `\nmemory: whole tree ${fmt(build.treePeakKb / 1024, 0)} MB at its peak (sum of the processes' PSS, sampled every 200 ms); largest single process ${build.maxRssKb ? `${fmt(build.maxRssKb / 1024, 0)} MB (/usr/bin/time -v)` : 'n/a'}`,
  );

  const figures = distFigures(dist);
  console.log(`dist: ${fmt(figures.totalBytes / MiB)} MB, ${figures.htmlPages} HTML pages`);
  if (figures.htmlPages !== expected) console.warn(`the build made ${figures.htmlPages} HTML pages where the page map has ${expected}`);
  for (const [kind, bytes] of [...figures.byFolder].sort((a, b) => b[1] - a[1])) console.log(`  ${fmt(bytes / MiB).padStart(8)} MB  ${kind}`);
  console.log(`largest HTML: ${figures.largestHtml.map(([p, b]) => `${p} ${fmt(b / 1024)} KB`).join(', ')}`);

  const article = articleWeight(dist);
  console.log(
    `article: ${article.page}: HTML ${article.htmlGz} B gzipped${article.assets.map((a) => ` + ${a.path} ${a.gz} B`).join('')} = ${article.total} B`,
  );

  const finder = finderWeight(dist);
  const finderKb = Math.max(...finder.map((f) => f.gz)) / 1024;
  console.log(`finder: the facts of every method, loaded by the finder page: ${finder.map((f) => `${f.lang} ${fmt(f.gz / 1024)} KB`).join(', ')} gzipped (goal: at most 60 KB)`);
  const copies = offlineFigures(dist);
  for (const [lang, copy] of Object.entries(copies)) {
    console.log(
      `offline copy (${lang}): ${copy.files} files, ${fmt(copy.bytes / MiB)} MB stored (manifest ${fmt(copy.manifestGz / 1024)} KB gzipped); search vocabulary: ${copy.words} words, ${fmt(copy.wordsBytes / 1024)} KB, ${fmt(copy.wordsGz / 1024)} KB gzipped`,
    );
  }

  const search = await measureSearch(dist);
  if (typeof search === 'string') console.log(`search: ${search}`);
  else {
    const { phone, wide } = search;
    console.log(
      `search: first query ("${FIRST_QUERY}") on the search page, ${phone.width} px wide (filters folded): "${phone.status}" shown ${fmt(phone.ms, 0)} ms after submitting; from opening the page it fetched ${fmt(phone.kb)} KB of Pagefind files (headers and compressed bodies, as Astro's preview serves them):`,
    );
    for (const file of phone.files) console.log(`  ${fmt(file.bytes / 1024).padStart(8)} KB  ${file.path}`);
    const extra = wide.files.filter((file) => !phone.files.some((f) => f.path === file.path) && !file.path.startsWith('/pagefind/fragment/'));
    console.log(
      `search: the same ${wide.width} px wide (filters open, with counts): ${fmt(wide.kb)} KB, of which ${fmt(extra.reduce((sum, f) => sum + f.bytes, 0) / 1024)} KB are the ${extra.length} filter indexes`,
    );
    console.log(`search: 20 more queries, ms from submitting to results on screen: ${search.times.map((t) => fmt(t, 0)).join(' ')}; median ${fmt(search.medianMs)} ms`);
    console.log(
      `search: ${search.typos.length} misspelt queries, ms from submitting to corrected results on screen (the first loads the vocabulary): ${search.typos
        .map((t) => `${t.query} -> ${t.corrected || '(none)'} ${fmt(t.ms, 0)}`)
        .join(', ')}; median ${fmt(search.typoMedianMs)} ms`,
    );
  }

  const searchKb = typeof search === 'string' ? 'na' : fmt(search.phone.kb);
  const searchMs = typeof search === 'string' ? 'na' : fmt(search.medianMs);
  const typoMs = typeof search === 'string' ? 'na' : fmt(search.typoMedianMs);
  const wordsGz = Math.max(...Object.values(copies).map((c) => c.wordsGz));
  const edit = args.real ? undefined : await editOneEntry(env, run);
  const line: BenchFigures = {
    pages: String(figures.htmlPages),
    build_s: fmt(build.wallMs / 1000),
    peak_rss_mb: fmt(peakKb / 1024, 0),
    dist_mb: fmt(figures.totalBytes / MiB),
    bytes_per_page: String(Math.round(figures.htmlBytes / figures.htmlPages)),
    article_gz: String(article.total),
    finder_kb: fmt(finderKb),
    first_search_kb: searchKb,
    search_ms: searchMs,
    offline_mb: fmt(copies.en.bytes / MiB),
    words_gz_kb: fmt(wordsGz / 1024),
    typo_ms: typoMs,
    edit_s: edit === undefined ? 'na' : fmt(edit / 1000),
    load: fmt(build.meanLoad),
  };
  console.log(benchLine(line));
  return line;
}

let exitCode = 0;
try {
  if (args.real) console.log(`content: the real site (content/); folder: ${work}`);
  else {
    const generated = performance.now();
    const summary = generateContent(content, { pages: pagesWanted, seed: Number(args.seed) });
    console.log(
      `content: ${summary.totalEntries} entries (${Object.entries(summary.entries)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ')}), ${summary.files} files, ${fmt(summary.bytes / MiB)} MB, generated in ${seconds(performance.now() - generated)}`,
    );
  }
  // The pages the build must make, from the same page map the build uses
  expected = checkSite({ tree: readContentTree(args.real ? join(ROOT, 'content') : content), updated: () => undefined }).pages.size;
  console.log(`expected pages: ${expected} (the page map's); folder: ${work}`);
  if (!existsSync(TIME)) console.log(`${TIME} is missing: peak memory is sampled from /proc instead (sum over the build's processes).`);

  const env: Record<string, string> = { ...(args.real ? {} : { TEIXIT_CONTENT: content }), TEIXIT_DIST: dist };
  if (heapMb !== undefined) {
    env.NODE_OPTIONS = `--max-old-space-size=${heapMb}`;
    console.log(`every node process of the build runs with a V8 heap of at most ${heapMb} MB (--heap)`);
  }
  const lines: BenchFigures[] = [];
  for (let run = 1; run <= runsWanted; run++) {
    let profiles: string | undefined;
    if (args['cpu-prof']) {
      profiles = join(work, runsWanted > 1 ? `cpu-profiles-${run}` : 'cpu-profiles');
      mkdirSync(profiles);
      env.NODE_OPTIONS = `${heapMb !== undefined ? `--max-old-space-size=${heapMb} ` : ''}--cpu-prof --cpu-prof-dir=${profiles}`;
      console.log(`CPU profiles of every node process go to ${profiles}`);
    }
    if (runsWanted > 1) console.log(`\n=== run ${run} of ${runsWanted}`);
    lines.push(await measureOnce(env, run, profiles));
  }
  if (runsWanted > 1) {
    console.log(`\nevery run:\n${lines.map(benchLine).join('\n')}\nmedians:`);
    console.log(`${benchLine(medians(lines))} median_of=${runsWanted}`);
  }
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  if (!args.keep && exitCode === 0) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}
process.exit(exitCode);
