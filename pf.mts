import { createIndex, close } from 'pagefind';
const t = performance.now();
const { index } = await createIndex({});
const glob = process.argv[3];
const added = await index!.addDirectory({ path: process.argv[2], ...(glob ? { glob } : {}) });
console.log('added', added.page_count, ((performance.now()-t)/1000).toFixed(1));
await index!.writeFiles({ outputPath: '/tmp/pf-out' + (process.argv[4] ?? '') });
console.log('written', ((performance.now()-t)/1000).toFixed(1));
await close();
