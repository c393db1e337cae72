import { COLLECTIONS } from '../schemas/collections.ts';
import { checkContent, type CheckOptions, type CheckResult } from './check-content.ts';
import { contentDir } from './content-dir.ts';
import { readContentTree, type ContentTree } from './content-files.ts';
import { gitHistory } from './git-history.ts';
import { formatReport } from './issues.ts';
import { openParseCache } from './parse-cache.ts';

export interface SiteCheck extends CheckResult {
  errors: number;
  /** The report to print: every problem, errors first, and a count */
  report: string[];
}

export interface SiteCheckOptions extends CheckOptions {
  /** The project whose content/ (or TEIXIT_CONTENT) is checked, with its git history */
  root?: string;
  /** Files already read, instead of the project's content folder */
  tree?: ContentTree;
}

/**
 * The one way into the content: reads it, checks it against the model with its git history, and maps
 * every page it makes. `npm run check`, the build, the dev server, every route, the social cards, the
 * benchmark and the tests all start here.
 */
export function checkSite({ root = process.cwd(), tree, ...options }: SiteCheckOptions = {}): SiteCheck {
  const history = options.updated ? undefined : gitHistory(root);
  const result = checkContent(tree ?? readContentTree(contentDir(root)), {
    updated: (file) => history?.of(file)?.updated,
    parseCache: openParseCache(),
    ...options,
  });
  const entries = COLLECTIONS.reduce((sum, c) => sum + result.content[c].size, 0);
  return {
    ...result,
    errors: result.issues.filter((issue) => issue.severity === 'error').length,
    report: formatReport(result.issues, entries),
  };
}
