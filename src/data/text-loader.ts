import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { isPlainMarkdown, underBase } from '../lib/plain-markdown.ts';

interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}

/**
 * The translations of one collection: `<entry>/<lang>.mdx` under `base`, with ids `<entry>/<lang>`. A text
 * written in plain Markdown (most are) is rendered to HTML here, once, when the content syncs; a text
 * that uses a component (a figure, say) stays an MDX module, rendered when its page is. Astro bundles a
 * module per MDX text otherwise, and that bundling was the largest cost of a large site's build.
 */
export function textLoader(base: string): Loader {
  return {
    name: 'teixit:texts',
    load: async (context) => {
      const entryType = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes?.get('.mdx');
      if (!entryType) throw new Error('the MDX integration is not set up: no entry type for .mdx files');
      const siteBase = context.config.base.replace(/\/?$/, '/');
      const untouched = new Set(context.store.keys());

      const sync = async (file: string) => {
        const [folder = '', name = ''] = relative(base, file).split(/[\\/]/);
        const lang = name.replace(/\.mdx$/, '');
        if (!LANGUAGES.includes(lang as Lang) || !name.endsWith('.mdx')) return;
        const id = `${folder}/${lang}`;
        untouched.delete(id);
        const contents = await readFile(file, 'utf8');
        const digest = context.generateDigest(contents);
        const filePath = relative(fileURLToPath(context.config.root), file).replaceAll('\\', '/');
        const existing = context.store.get(id);
        const sameMode = existing?.deferredRender ? !isPlainMarkdown(existing.body ?? '') : Boolean(existing?.rendered);
        if (existing?.digest === digest && existing.filePath === filePath && sameMode) {
          // An unchanged module text must be registered again, as Astro's own glob loader does
          if (existing.deferredRender) context.store.addModuleImport(filePath);
          return;
        }
        const fileUrl = pathToFileURL(file);
        const { data, body } = await entryType.getEntryInfo({ contents, fileUrl });
        const parsed = await context.parseData({ id, data, filePath: file });
        if (!isPlainMarkdown(body)) {
          context.store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
          return;
        }
        const rendered = await context.renderMarkdown(body, { fileURL: fileUrl });
        context.store.set({ id, data: parsed, body, filePath, digest, rendered: { ...rendered, html: underBase(rendered.html.trimEnd(), siteBase) } });
      };

      const files = existsSync(base)
        ? readdirSync(base, { withFileTypes: true })
            .filter((item) => item.isDirectory())
            .flatMap((item) => LANGUAGES.map((lang) => join(base, item.name, `${lang}.mdx`)))
            .filter((file) => existsSync(file))
        : [];
      // One file at a time: the renderer is fast, and the build runs beside other work
      for (const file of files) await sync(file);
      for (const id of untouched) context.store.delete(id);

      context.watcher?.add(base);
      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(base) || !path.endsWith('.mdx')) return;
        if (event === 'unlink') {
          const [folder = '', name = ''] = relative(base, path).split(/[\\/]/);
          context.store.delete(`${folder}/${name.replace(/\.mdx$/, '')}`);
        } else if (event === 'add' || event === 'change') {
          sync(path).catch((error: Error) => context.logger.error(`${path}: ${error.message}`));
        }
      });
    },
  };
}
