// Checks the content in a worker thread: the memory the checker takes is given back when the worker
// ends, instead of staying with the build script while Astro builds beside it.
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

/** Writes the page map Astro reads to `pageMapFile`; returns the issues and every page's social card. */
export default function checkForBuild({ pageMapFile }: { pageMapFile: string }): CheckOutcome {
  const { content, issues } = checkContent(readContentTree(contentDir()));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors === 0) writeFileSync(pageMapFile, JSON.stringify([...pageMap(content)]));
  return { messages: issues.map(formatIssue), errors, cards: errors === 0 ? pageCards(content) : [] };
}
