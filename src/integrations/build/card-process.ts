// Run by the Teixit integration in a child process: draws the cards it is sent and reports how many.
// A process of its own, so that sharp's work fills its own libuv thread pool and never queues Astro's
// file writes behind it, as it would in worker threads of Astro's process.
import type { PageCard } from '../../lib/social-card.ts';
import { drawCards, type CardRun } from './social-cards.ts';

export interface DrawerReport extends CardRun {
  /** CPU time of the whole drawing process, all its threads */
  cpuSeconds: number;
}

if (!process.send) throw new Error('Usage: started by the Teixit integration, which sends the cards to draw');
// A build that failed or was stopped takes its drawer with it
process.once('disconnect', () => process.exit(0));
process.once('message', async (cards: PageCard[]) => {
  const run = await drawCards(cards);
  const { user, system } = process.cpuUsage();
  process.send?.({ ...run, cpuSeconds: (user + system) / 1e6 } satisfies DrawerReport);
  process.disconnect();
});
