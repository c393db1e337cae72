// Brings the kept output folder up to date with the site just built (see output-tree.ts). Started
// detached by scripts/build.ts once the new site is in place:  node follow-site.ts <dist> <staging>
import { fileClock, mirrorTree, recordedAlike, recordStaging } from './output-tree.ts';

const [dist, staging] = process.argv.slice(2);
if (!dist || !staging) throw new Error('usage: follow-site.ts <dist> <staging>');
mirrorTree(dist, staging, recordedAlike(staging, dist));
recordStaging(staging, dist, await fileClock(staging));
