import { describe, expect, test } from 'vitest';
import { fingerprint, translationState, translationStates } from '../../src/lib/translation-status.ts';

const catalan = { data: { title: 'Cooperació', summary: 'Treballar junts.' }, body: 'Cos del text.\n' };
const stamped = (from: string) => ({ data: { title: 'Cooperación', summary: 'Trabajar juntos.', translatedFrom: from }, body: '' });

describe('translation status', () => {
  test('a fingerprint ignores layout but not words', () => {
    expect(fingerprint(catalan)).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint({ ...catalan, body: 'Cos del text.   \r\n\n' })).toBe(fingerprint(catalan));
    expect(fingerprint({ data: { summary: 'Treballar junts.', title: 'Cooperació' }, body: catalan.body })).toBe(fingerprint(catalan));
    expect(fingerprint({ ...catalan, body: 'Cos del text canviat.' })).not.toBe(fingerprint(catalan));
    expect(fingerprint({ ...catalan, data: { ...catalan.data, aliases: [] } })).toBe(fingerprint(catalan));
    const withSteps = (text: string) => ({ data: { ...catalan.data, steps: [{ title: 'Pas', text }] }, body: '' });
    expect(fingerprint(withSteps('Primer'))).not.toBe(fingerprint(withSteps('Segon')));
  });

  test('a translation made from the current source is current; after the source changes it is outdated', () => {
    const es = stamped(fingerprint(catalan));
    expect(translationState({ texts: { ca: catalan, es } }, 'es')).toBe('current');
    const edited = { ...catalan, data: { ...catalan.data, summary: 'Treballar plegats.' } };
    expect(translationState({ texts: { ca: edited, es } }, 'es')).toBe('outdated');
  });

  test('without a fingerprint, git dates decide', () => {
    const es = { data: { title: 'Cooperación' }, body: '' };
    const dates = { ca: '2026-05-01T00:00:00Z', es: '2026-04-01T00:00:00Z' } as Record<string, string>;
    expect(translationState({ texts: { ca: catalan, es }, updated: (l) => dates[l] }, 'es')).toBe('outdated');
    expect(translationState({ texts: { ca: catalan, es }, updated: () => undefined }, 'es')).toBe('current');
  });

  test('every language has a state: the source, and missing where there is no text', () => {
    expect(translationStates({ texts: { ca: catalan, en: stamped('000000000000') } })).toEqual({
      ca: 'source',
      es: 'missing',
      en: 'outdated',
      eu: 'missing',
    });
  });
});
