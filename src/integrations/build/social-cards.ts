import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { cardKey, type PageCard } from '../../lib/social-card.ts';
import type { CardTask } from './card-worker.ts';
import { CARDS_FOLDER } from '../../lib/urls.ts';
import { removeFilesExcept } from './kept-output.ts';
import { placeFile } from './place-file.ts';

/** Cards survive between builds here, keyed by their content, so unchanged cards are not drawn again. */
const CACHE = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'teixit-cards');

export interface CardRun {
  drawn: number;
  cached: number;
}

/**
 * Draws every card missing from the cache, one worker per core. Runs beside `astro build`, so on a cold
 * build the drawing overlaps Astro's whole build (a card takes about 15 ms of CPU on an idle core: 5 to
 * lay out the text, 9 to 10 to rasterise and encode it; see card-worker.ts for why not resvg).
 */
export async function drawCards(cards: readonly PageCard[]): Promise<CardRun> {
  mkdirSync(CACHE, { recursive: true });
  const tasks = new Map<string, CardTask>();
  for (const { spec } of cards) {
    const file = cachedCard(spec);
    if (!existsSync(file)) tasks.set(file, { spec, file });
  }
  const unique = new Set(cards.map(({ spec }) => cachedCard(spec))).size;
  if (tasks.size === 0) return { drawn: 0, cached: unique };
  const pool = new Piscina<CardTask, void>({
    filename: new URL('./card-worker.ts', import.meta.url).href,
    maxThreads: availableParallelism(),
    // A card needs a few MB of heap; left alone, each thread's heap grows to far more before it is collected.
    // Capped, the drawer's peak memory fell from 416 to 310 MB (400 cards, two threads), no slower.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  try {
    await Promise.all([...tasks.values()].map((task) => pool.run(task)));
  } finally {
    await pool.destroy();
  }
  return { drawn: tasks.size, cached: unique - tasks.size };
}

/** Puts each page's card, drawn by drawCards, in the built site, whose card folder then holds only those. */
export function copyCards(cards: readonly PageCard[], siteDir: string): void {
  const placed = new Set<string>();
  for (const { file, spec } of cards) {
    const target = join(siteDir, file);
    placeFile(cachedCard(spec), target);
    placed.add(target);
  }
  const folder = join(siteDir, CARDS_FOLDER);
  if (existsSync(folder)) removeFilesExcept(folder, (path) => placed.has(path));
}

function cachedCard(spec: PageCard['spec']): string {
  return join(CACHE, `${cardKey(spec)}.png`);
}
