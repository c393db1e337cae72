import { plural, type PluralForms } from '../lib/plural.ts';
import { decodeFinderFile, type FinderFile, type ListedMethod } from '../lib/finder-data.ts';
import {
  CHOICES,
  answeredQuestions,
  findMethods,
  neighboursIn,
  readAnswers,
  withoutAnswer,
  writeAnswers,
  type Answers,
  type Question,
  type Verdict,
} from '../lib/finder.ts';

type Labels = Record<'purpose' | 'phase' | 'participation' | 'time' | 'format' | 'experience' | 'facilitation' | 'durationUnit', Record<string, string>>;

interface Strings {
  questions: Record<Question, string>;
  labels: Labels;
  groupSizeValue: string;
  durationValue: string;
  peopleValue: PluralForms;
  fit: PluralForms;
  all: string;
  noneFit: string;
  nearestHeading: string;
  fitHeading: string;
  relax: string;
  relaxLink: string;
  ignored: string;
  why: string;
  misses: string;
  missed: string;
  before: string;
  after: string;
  inGuide: string;
  loading: string;
  failed: string;
}

/** How many fitting methods are shown: the best ones; the comparison below lists them all. */
const SHOWN = 12;
/** How many guides a result quotes for what comes before and after it. */
const GUIDES_SHOWN = 2;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The method's own fact behind one question, in words ("for 8 to 30 people"). */
function factInWords(method: ListedMethod, question: Question, s: Strings): string {
  const words = (kind: keyof Labels, values: readonly string[]) => values.map((v) => s.labels[kind][v] ?? v).join(', ');
  switch (question) {
    case 'purpose':
      return words('purpose', method.purposes);
    case 'phase':
      return words('phase', method.phases);
    case 'participation':
      return words('participation', [method.participation]);
    case 'people':
      return fill(s.groupSizeValue, method.groupSize);
    case 'time':
      return fill(s.durationValue, { ...method.duration, unit: s.labels.durationUnit[method.duration.unit] ?? '' });
    case 'format':
      return words('format', method.format);
    case 'experience':
      return words('facilitation', [method.facilitation]);
  }
}

/** What the visitor answered to one question, in words ("40 people"). */
function answerInWords(answers: Answers, question: Question, s: Strings): string {
  if (question === 'people') return plural(document.documentElement.lang, answers.people ?? 0, s.peopleValue);
  const labels = s.labels[question];
  return answers[question].map((value) => labels[value] ?? value).join(', ');
}

/** Fills the form from the answers, so that a finder link opens with its choices ticked. */
function showAnswers(form: HTMLFormElement, answers: Answers) {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const question = input.name as keyof typeof CHOICES;
    input.checked = (answers[question] as readonly string[] | undefined)?.includes(input.value) ?? false;
  }
  const people = form.querySelector<HTMLInputElement>('input[name="people"]');
  if (people) people.value = answers.people === undefined ? '' : String(answers.people);
}

/** Wires the finder: the form's answers live in the URL; the results are worked out on the page. */
export async function startFinderPage(root: HTMLElement): Promise<void> {
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  const output = root.querySelector<HTMLElement>('[data-finder-output]');
  if (!form || !status || !output) return;

  let data: ReturnType<typeof decodeFinderFile>;
  try {
    const response = await fetch(root.dataset.source ?? '');
    if (!response.ok) throw new Error(`${response.status}`);
    data = decodeFinderFile((await response.json()) as FinderFile);
  } catch {
    status.textContent = s.failed;
    return;
  }
  const byId = new Map(data.methods.map((m) => [m.id, m]));
  const sequences = new Map(data.guides.map((g) => [g.title, g.methods]));
  const collator = new Intl.Collator(root.dataset.lang, { sensitivity: 'base', numeric: true });
  const titleOf = (id: string | undefined) => (id ? byId.get(id)?.title : undefined);

  const resultItem = (verdict: Verdict, answers: Answers) => {
    const method = verdict.method as ListedMethod;
    const item = element('li', { class: 'finder-result' });
    const heading = element('h3');
    heading.append(element('a', { href: method.url }, method.title));
    item.append(heading);
    const asked = verdict.met.length > 0 ? verdict.met : (['purpose', 'participation', 'people', 'time'] as Question[]);
    const why = element('p');
    why.append(element('span', { class: 'finder-label' }, `${s.why}: `), asked.map((q) => factInWords(method, q, s)).join(' · '));
    item.append(why);
    if (verdict.missed.length > 0) {
      const misses = element('p', { class: 'finder-misses' });
      const text = verdict.missed.map((q) => fill(s.missed, { fact: factInWords(method, q, s), answer: answerInWords(answers, q, s) }));
      misses.append(element('span', { class: 'finder-label' }, `${s.misses}: `), text.join(' · '));
      item.append(misses);
    }
    for (const { guide, before, after } of neighboursIn(sequences, method.id).slice(0, GUIDES_SHOWN)) {
      const steps = [
        titleOf(before) && fill(s.before, { method: titleOf(before) ?? '' }),
        titleOf(after) && fill(s.after, { method: titleOf(after) ?? '' }),
      ].filter(Boolean);
      if (steps.length > 0) item.append(element('p', { class: 'finder-sequence' }, fill(s.inGuide, { guide, steps: steps.join(', ') })));
    }
    return item;
  };

  const render = () => {
    const { answers, ignored } = readAnswers(new URLSearchParams(location.search));
    showAnswers(form, answers);
    const result = findMethods(data.methods, answers, (a, b) => collator.compare((a as ListedMethod).title, (b as ListedMethod).title));
    output.replaceChildren();
    if (ignored.length > 0) {
      output.append(element('p', { class: 'notice' }, fill(s.ignored, { items: ignored.map((i) => `${i.key}=${i.value}`).join(', ') })));
    }
    if (result.fitting.length > 0) {
      const none = answeredQuestions(answers).length === 0;
      status.textContent = none ? s.all : plural(document.documentElement.lang, result.fitting.length, s.fit);
      const list = element('ol', { class: 'finder-list' });
      list.append(...result.fitting.slice(0, SHOWN).map((verdict) => resultItem(verdict, answers)));
      output.append(list);
      return;
    }
    status.textContent = s.noneFit;
    if (result.relax) {
      const relax = element('p');
      relax.append(fill(s.relax, { question: s.questions[result.relax] }), ' ');
      relax.append(element('a', { href: `${location.pathname}${writeAnswers(withoutAnswer(answers, result.relax))}` }, s.relaxLink));
      output.append(relax);
    }
    output.append(element('h3', {}, s.nearestHeading));
    const list = element('ol', { class: 'finder-list' });
    list.append(...result.nearest.map((verdict) => resultItem(verdict, answers)));
    output.append(list);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.append(key, value.trim());
    const { answers } = readAnswers(params);
    history.pushState(null, '', `${location.pathname}${writeAnswers(answers)}`);
    render();
    status.focus();
  });
  window.addEventListener('popstate', render);
  status.tabIndex = -1;
  render();
}
