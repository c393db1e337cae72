// Checks all content against the model without building the site; exits non-zero on any error.
import { checkContent } from '../src/lib/check-content.ts';
import { readContentTree } from '../src/lib/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { gitHistory } from '../src/data/git-history.ts';

const started = performance.now();
const history = gitHistory();
const { content, issues } = checkContent(readContentTree(contentDir()), {
  updated: (file) => history.of(file)?.updated,
});
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.filter((issue) => issue.severity === 'warning');
for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue));
const entries = Object.values(content).reduce((sum, map) => sum + map.size, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`content check: ${entries} entries, ${errors.length} error(s), ${warnings.length} warning(s) in ${seconds} s`);
process.exitCode = errors.length > 0 ? 1 : 0;
