// Run by the Teixit integration in a child process: checks the content, writes the site file Astro reads
// and sends back the report and the cards to draw. What the checker held in memory goes back to the
// system when the process exits, instead of staying with Astro for its whole build.
import { pageCards } from '../lib/page-map.ts';
import type { PageCard } from '../lib/social-card.ts';
import { writeSiteFile } from '../lib/site-file.ts';
import { checkSite } from '../lib/site-check.ts';

export interface SiteCheckOutcome {
  report: string[];
  errors: number;
  cards: PageCard[];
}

const [siteFile] = process.argv.slice(2);
if (!siteFile || !process.send) throw new Error('Usage: started by the Teixit integration with the site file to write');
const check = checkSite();
if (check.errors === 0) writeSiteFile(siteFile, check);
const outcome: SiteCheckOutcome = { report: check.report, errors: check.errors, cards: check.errors === 0 ? pageCards(check.pages) : [] };
process.send(outcome);
