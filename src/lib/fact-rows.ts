import type { CollectionName } from '../schemas/collections.ts';
import { fill, ui } from './i18n.ts';
import type { Lang } from './languages.ts';
import type { EntryRef } from './relations.ts';
import type { Facts } from '../schemas/model.ts';
import { yearRange } from './timeline.ts';

/** One line of an entry's facts panel: a label and either words (in `lang` if not the page's) or links to other entries. */
export type FactRow = { label: string; words: string[]; lang?: Lang | undefined } | { label: string; links: EntryRef[] };

/** What an experience's panel shows of other entries, found by the page: facts about it that live elsewhere. */
export interface ExperienceContext {
  /** The action of its measure that names it, in the words of the measure's text (and that text's language) */
  planAction?: { text: string; years: readonly number[]; lang?: Lang | undefined } | undefined;
  /** Methodologies that draw on it, at most a page's worth */
  methods?: readonly EntryRef[];
}

const periodOf = (period: { start: number; end?: number | undefined }) =>
  yearRange(period.end ? [period.start, period.end] : [period.start]);

const refs = (collection: CollectionName, ids: readonly string[]): EntryRef[] => ids.map((id) => ({ collection, id }));

/** The facts panel of an entry, in the page's language: only what is known, in a reader's order. */
export function factRows<C extends CollectionName>(
  collection: C,
  facts: Facts<C>,
  lang: Lang,
  context: ExperienceContext = {},
): FactRow[] {
  const t = ui(lang);
  const rows: FactRow[] = [];
  const words = (label: string, values: readonly string[]) => values.length > 0 && rows.push({ label, words: [...values] });
  const links = (label: string, target: CollectionName, ids: readonly string[]) =>
    ids.length > 0 && rows.push({ label, links: refs(target, ids) });
  const audiences = (list: readonly (keyof typeof t.vocab.audience)[]) =>
    words(t.entry.audiences, list.map((a) => t.vocab.audience[a]));

  switch (collection) {
    case 'methodologies': {
      const f = facts as Facts<'methodologies'>;
      words(t.entry.purposes, f.purposes.map((p) => t.vocab.purpose[p]));
      words(t.entry.phase, f.phases.map((p) => t.vocab.phase[p]));
      words(t.entry.participation, [t.vocab.participation[f.participation]]);
      words(t.entry.groupSize, [fill(t.entry.groupSizeValue, f.groupSize)]);
      words(t.entry.duration, [
        fill(t.entry.durationValue, { ...f.duration, unit: t.vocab.durationUnit[f.duration.unit] }),
      ]);
      words(t.entry.format, f.format.map((x) => t.vocab.format[x]));
      words(t.entry.facilitation, [t.vocab.facilitation[f.facilitation]]);
      audiences(f.audiences);
      links(t.entry.territories, 'territories', f.territories);
      break;
    }
    case 'programmes': {
      const f = facts as Facts<'programmes'>;
      if (f.period) words(t.entry.period, [periodOf(f.period)]);
      links(t.entry.territories, 'territories', f.territories);
      audiences(f.audiences);
      break;
    }
    case 'axes': {
      const f = facts as Facts<'axes'>;
      words(t.entry.kind, [f.number ? fill(t.entry.measure, { number: f.number }) : t.vocab.axisKind[f.kind]]);
      links(t.fields.programme, 'programmes', [f.programme]);
      break;
    }
    case 'guides': {
      const f = facts as Facts<'guides'>;
      audiences(f.audiences);
      links(t.entry.territories, 'territories', f.territories);
      break;
    }
    case 'experiences': {
      // What is known of it first: where the plan names it and what it asks, then where it is and who uses it.
      const f = facts as Facts<'experiences'>;
      words(t.entry.kind, [t.vocab.experienceKind[f.kind]]);
      links(f.programmes.length === 1 ? t.fields.programme : t.fields.programmes, 'programmes', f.programmes);
      links(t.fields.axes, 'axes', f.axes);
      if (context.planAction) {
        rows.push({ label: t.entry.planAction, words: [context.planAction.text], lang: context.planAction.lang });
        words(t.entry.period, [yearRange(context.planAction.years)]);
      }
      links(t.entry.territories, 'territories', f.territories);
      if (context.methods && context.methods.length > 0) rows.push({ label: t.collections.methodologies.name, links: [...context.methods] });
      break;
    }
    case 'territories': {
      const f = facts as Facts<'territories'>;
      words(t.entry.kind, [t.vocab.territoryKind[f.kind]]);
      words(t.entry.code, [f.code]);
      if (f.parent) links(t.entry.parent, 'territories', [f.parent]);
      break;
    }
    case 'worksheets': {
      const f = facts as Facts<'worksheets'>;
      words(t.entry.kind, [t.vocab.worksheetKind[f.kind]]);
      break;
    }
    case 'values':
    case 'glossary':
      break;
  }
  return rows;
}

/** What a link to an entry says beside its title: the kind of entry, and one fact that tells it apart. */
export interface EntryLabel {
  kind: string;
  fact?: string;
}

/** An entry's label in `lang`, from its own facts only, so that a list of links costs the same whatever the site's size. */
export function entryLabel<C extends CollectionName>(collection: C, facts: Facts<C>, lang: Lang): EntryLabel {
  const t = ui(lang);
  switch (collection) {
    case 'axes': {
      // "Axes and goals" mixes kinds: an axis says which it is, and a measure the years its actions run.
      const f = facts as Facts<'axes'>;
      const years = f.actions.flatMap((action) => action.years);
      return { kind: t.vocab.axisKind[f.kind], ...(years.length > 0 && { fact: yearRange(years) }) };
    }
    case 'methodologies': {
      const f = facts as Facts<'methodologies'>;
      const duration = fill(t.entry.durationValue, { ...f.duration, unit: t.vocab.durationUnit[f.duration.unit] });
      return { kind: t.vocab.entryType.methodologies, fact: `${t.vocab.participation[f.participation]}, ${duration}` };
    }
    case 'programmes': {
      const f = facts as Facts<'programmes'>;
      return { kind: t.vocab.entryType.programmes, ...(f.period && { fact: periodOf(f.period) }) };
    }
    case 'worksheets':
      return { kind: t.vocab.entryType.worksheets, fact: t.vocab.worksheetKind[(facts as Facts<'worksheets'>).kind] };
    case 'experiences':
      return { kind: t.vocab.entryType.experiences, fact: t.vocab.experienceKind[(facts as Facts<'experiences'>).kind] };
    case 'territories':
      return { kind: t.vocab.entryType.territories, fact: t.vocab.territoryKind[(facts as Facts<'territories'>).kind] };
    default:
      return { kind: t.vocab.entryType[collection as Exclude<CollectionName, 'axes'>] };
  }
}
