import { stringify } from 'yaml';
import { fingerprint, type SourceText } from './translation-status.ts';

/**
 * The start of a translation: the source text to translate, already marked with the fingerprint of
 * the text it is made from. `fields` limits which fields are copied (a short start for a web editor).
 */
export function translationStarter(source: SourceText, fields?: readonly string[]): string {
  const { translatedFrom: _ignored, ...data } = source.data;
  const copied = fields ? Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f]])) : data;
  const yaml = stringify({ ...copied, translatedFrom: fingerprint(source) }, { lineWidth: 0 });
  return `---\n${yaml}---\n${fields ? '' : source.body}`;
}
