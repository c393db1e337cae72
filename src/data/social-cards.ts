import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardTree, type CardSpec } from '../lib/social-card.ts';

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: number) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;

/** Cards survive between builds here, keyed by their content, so unchanged cards are not drawn again. */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'teixit-cards');

/** A 1200×630 PNG of the card, from the cache when its inputs have not changed. */
export async function renderCard(spec: CardSpec): Promise<Uint8Array<ArrayBuffer>> {
  const cached = join(CACHE, `${cardKey(spec)}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  fonts ??= ['latin', 'latin-ext'].flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Atkinson Hyperlegible',
      data: fontFile(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  const svg = await satori(cardTree(spec) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // Palette quantisation would halve the bytes but takes seven times as long; cards are many, and cached.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return new Uint8Array(png);
}
