// Run by the Teixit integration in a child process: draws the cards it is sent and reports how many.
// A process of its own, so that sharp's work fills its own libuv thread pool and never queues Astro's
// file writes behind it, as it would in worker threads of Astro's process.
import type { PageCard } from '../../lib/social-card.ts';
import { drawCards, type CardRun } from './social-cards.ts';

if (!process.send) throw new Error('Usage: started by the Teixit integration, which sends the cards to draw');
// A build that failed or was stopped takes its drawer with it
process.once('disconnect', () => process.exit(0));
process.once('message', async (cards: PageCard[]) => {
  const run: CardRun = await drawCards(cards);
  process.send?.(run);
  process.disconnect();
});
