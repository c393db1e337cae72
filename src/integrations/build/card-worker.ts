// Draws one social card per task, in a worker thread: satori lays out the text, sharp encodes the PNG.
//
// Why sharp and not @resvg/resvg-js (measured on 200 cards, CPU per card, Node 24, one thread): satori
// takes 5.5 ms; sharp turns its SVG into a PNG in 14.3 ms (about 11.7 to rasterise with librsvg, 2.6 to
// encode, 48 KB). resvg rasterises in 4.5 to 5.5 ms but its own PNG encoder takes 10 ms more (15.4 ms in
// all, 35 KB), and handing its pixels to zlib costs two more copies (13.6 ms at level 3 for 41 KB, 18.6 ms
// at level 6 for 24 KB). Same look either way (satori emits the text as paths), but no faster. Measured
// again on 150 cards: resvg's pixels handed to sharp's encoder take 13.4 ms at level 3, sharp alone 11.9;
// drawing the unchanging parts once and laying each title over them, 21.9 ms against 19.9 for the whole.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from '../../lib/social-card.ts';

// One libvips thread per worker: the workers themselves already fill the machine's cores.
sharp.concurrency(1);

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`));

const fonts = ['latin', 'latin-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: 'Atkinson Hyperlegible',
    data: fontFile(subset, weight),
    weight,
    style: 'normal' as const,
  })),
);

export interface CardTask {
  spec: CardSpec;
  /** Where to write the 1200×630 PNG */
  file: string;
}

/** One card as a PNG. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const svg = await satori(cardTree(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // Cards are many and CPU is the build's limit. Level 3 takes a fifth less time than zlib's default 6
  // (14.5 against 18.2 ms a card, drawing included) for 12 % more bytes (55 against 49 KB); the pixels are
  // the same. Palette quantisation would halve the bytes but takes seven times as long.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}

export default async function drawCard({ spec, file }: CardTask): Promise<void> {
  const png = await renderCard(spec);
  // Written aside then renamed, so that an interrupted build never leaves a half card in the cache.
  const partial = `${file}.${process.pid}-${threadId}`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
