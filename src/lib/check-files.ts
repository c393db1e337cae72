import type { Problem } from './issues.ts';

/** What an entry folder may hold, and what happens to the rest: the site reads nothing else. */

export function unusedImageProblem(name: string): Problem {
  return {
    field: '(file)',
    expected: `an image a text of this entry shows, with <Figure src="${name}" alt="..." /> or ![...](${name})`,
    found: 'an image no text uses',
  };
}
