import type { z } from 'astro/zod';
import { describeValue } from './issues.ts';

type ZodIssue = z.core.$ZodIssue;

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function expectedFor(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${quoteList(issue.values)}`;
    case 'too_small':
      if (issue.origin === 'array') return `at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `at least ${issue.minimum} character(s)`;
      return `a number of at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `at most ${issue.maximum} character(s)`;
      return `a number of at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'a field this collection defines (check the spelling against CONTRIBUTING.md)';
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

function foundFor(issue: ZodIssue): string {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const input = issue.input;
    if (typeof input === 'string') return `${input.length} character(s)`;
    if (Array.isArray(input)) return `${input.length} item(s)`;
  }
  return describeValue(issue.input);
}

export interface FieldProblem {
  path: PropertyKey[];
  expected: string;
  found: string;
}

/** Turns zod's issues into what an editor needs: the field, what was expected, what was found. */
export function describeZodIssues(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key], expected: expectedFor(issue), found: 'an unknown field' }))
      : [{ path: issue.path.slice(), expected: expectedFor(issue), found: foundFor(issue) }],
  );
}
