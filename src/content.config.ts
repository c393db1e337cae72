import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { explainLoadError } from './lib/check-gate.ts';
import { COLLECTIONS, textCollectionName, type CollectionName } from './schemas/collections.ts';
import { contentDir } from './lib/content-dir.ts';
import { textLoader } from './data/text-loader.ts';
import { MODEL } from './schemas/model.ts';

/** A loader whose failure gives way to the checker's report when the check found the content's errors. */
function explained(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load(context).catch(explainLoadError) };
}

/**
 * Each collection of the model becomes two Astro collections: its facts (one entry.yaml per entry)
 * and its texts (one <lang>.mdx per translation, id `<entry>/<lang>`: see text-loader.ts). The model's own checker
 * (src/lib/check-content.ts) runs as the build starts and explains any problem in editors' terms.
 */
function collectionsOf(collection: CollectionName) {
  const base = `${contentDir()}/${collection}`;
  return {
    [collection]: defineCollection({
      loader: explained(glob({ pattern: '*/entry.yaml', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry })),
      schema: MODEL[collection].facts,
    }),
    [textCollectionName(collection)]: defineCollection({
      loader: explained(textLoader(base)),
      schema: MODEL[collection].text,
    }),
  };
}

export const collections = Object.assign({}, ...COLLECTIONS.map(collectionsOf)) as Record<
  string,
  ReturnType<typeof defineCollection>
>;
