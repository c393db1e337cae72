import { describe, expect, test } from 'vitest';
import { currentSection } from '../../src/lib/toc.ts';

describe('the section a reader is in', () => {
  test('is the last whose heading has passed the reading line', () => {
    expect(currentSection([300, 900, 1500], 200, false)).toBe(-1);
    expect(currentSection([150, 900, 1500], 200, false)).toBe(0);
    expect(currentSection([-800, -100, 600], 200, false)).toBe(1);
    expect(currentSection([-2000, -1200, 200], 200, false)).toBe(2);
  });

  test('is the last section at the end of the page, even if its heading never reaches the line', () => {
    expect(currentSection([-900, -300, 500], 200, true)).toBe(2);
    expect(currentSection([], 200, true)).toBe(-1);
  });
});
