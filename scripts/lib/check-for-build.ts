// Run by scripts/build.ts in a child process: it checks the content, writes the page map Astro reads and
// sends back the issues and the cards. The memory the checker takes is given back to the system when the
// process exits, instead of staying with the build script while Astro builds beside it.
import { writeFileSync } from 'node:fs';
import { checkContent } from '../../src/lib/check-content.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { pageMap } from '../../src/lib/page-map.ts';
import { pageCards, type PageCard } from '../../src/lib/social-card.ts';

export interface CheckOutcome {
  /** Every issue, formatted for editors */
  messages: string[];
  errors: number;
  cards: PageCard[];
}

const [pageMapFile] = process.argv.slice(2);
if (!pageMapFile || !process.send) throw new Error('Usage: started by scripts/build.ts with the page map file to write');
const { content, issues } = checkContent(readContentTree(contentDir()));
const errors = issues.filter((issue) => issue.severity === 'error').length;
if (errors === 0) writeFileSync(pageMapFile, JSON.stringify([...pageMap(content)]));
const outcome: CheckOutcome = { messages: issues.map(formatIssue), errors, cards: errors === 0 ? pageCards(content) : [] };
process.send(outcome);
