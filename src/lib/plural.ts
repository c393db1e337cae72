/** A phrase with a count, in each plural form a language distinguishes; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The phrase for `count` by the language's own plural rules ("1 entrada", "2 entrades"), {count} filled. */
export function plural(lang: string, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return (forms[rule.select(count)] ?? forms.other).replace(/\{count\}/g, String(count));
}
