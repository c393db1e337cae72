import type { APIRoute } from 'astro';
import { siteData, textFor, type SiteEntry } from '../../../data/site.ts';
import { ui } from '../../../lib/i18n.ts';
import { LANGUAGES, type Lang } from '../../../lib/languages.ts';
import { slugOf } from '../../../lib/slugs.ts';
import { worksheetDocx } from '../../../lib/worksheet-docx.ts';

/** An editable copy of every worksheet that is a template to adapt, in every language. */
export async function getStaticPaths() {
  const site = await siteData();
  return LANGUAGES.flatMap((lang) =>
    site.entries.worksheets
      .filter((sheet) => sheet.facts.adaptable)
      .map((sheet) => ({
        params: { lang, section: ui(lang).collections.worksheets.slug, sheet: slugOf('worksheets', sheet.id, lang) },
        props: { id: sheet.id },
      })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const sheet = (await siteData()).get({ collection: 'worksheets', id: (props as { id: string }).id }) as SiteEntry<'worksheets'>;
  const text = textFor(sheet, lang);
  const bytes = await worksheetDocx(sheet.facts, text.data, ui(lang).worksheet, text.lang, sheet.facts.reviewed);
  return new Response(Buffer.from(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
