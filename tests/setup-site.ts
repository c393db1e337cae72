import { checkContent } from '../src/lib/check-content.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { ROOT } from './helpers/build.ts';

// Tests of the built site name its pages with the URL module, which finds each entry's slug in the
// content read last: read the real content first, as the build does. A test of other content reads it itself.
checkContent(readContentTree(contentDir(ROOT)));
