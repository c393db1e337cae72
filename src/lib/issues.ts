/** A problem found in content, phrased for an editor: where, which field, what was expected, what was found. */
export interface ContentIssue {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `steps[2].title`; `(file)` when the problem is the file itself */
  field: string;
  expected: string;
  found: string;
}

/** An issue before the checker names its file and severity. */
export type Problem = Omit<ContentIssue, 'severity' | 'file'>;

/**
 * Line breaks, control characters and bidirectional overrides from a file are shown as escapes, so that
 * each issue stays on one line and no text an editor wrote can rewrite the terminal or reorder a message.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escape = (text: string) =>
  text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return escape(`${where} ${issue.severity} in ${issue.field}: expected ${issue.expected}, found ${issue.found}`);
}

/** A short, readable rendering of a value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    // By code point, so that a cut never splits an emoji or any other character outside the BMP
    const chars = [...value];
    return chars.length > 60 ? `"${chars.slice(0, 57).join('')}..."` : `"${value}"`;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** The checker's report as every command and the build print it: errors first, then warnings, then a count. */
export function formatReport(issues: readonly ContentIssue[], entries: number): string[] {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return [
    ...[...errors, ...warnings].map(formatIssue),
    `content check: ${entries} entries, ${errors.length} error(s), ${warnings.length} warning(s)`,
  ];
}
