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

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where} ${issue.severity} in ${issue.field}: expected ${issue.expected}, found ${issue.found}`;
}

/** A short, readable rendering of a value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
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
