import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels the site promises: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every axe violation on the page as it is now, one line per rule with the elements it found. Legacy mode
 * runs axe.run in the page itself: the site has no frames, so the results are the same, while the default
 * mode opens a blank page to merge per-frame results and takes two to three times as long.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${targets.join(', ')}`;
  });
}

/** Named parts of a page, each a CSS selector; a focused element belongs to the first that holds it. */
export type PageRegions = readonly (readonly [name: string, selector: string])[];

export interface FocusStop {
  tag: string;
  href: string | null;
  /** The first of the regions given that holds the element, or 'other' */
  region: string;
  /** Computed outline while focused: 'none' means no visible focus indicator from the outline */
  outline: string;
}

/** The element that has focus now (null when focus is on the body), and which region holds it. */
export function focused(page: Page, regions: PageRegions): Promise<FocusStop | null> {
  return page.evaluate((regions) => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      region: regions.find(([, selector]) => element.closest(selector))?.[0] ?? 'other',
      outline: parseFloat(style.outlineWidth) > 0 ? style.outlineStyle : 'none',
    };
  }, regions);
}

/**
 * Presses Tab until focus enters the region named `until` (or falls back to the page itself) and returns
 * every element it stopped on before, in order. `limit` ends the walk on a page that traps focus.
 */
export async function tabStopsUntil(page: Page, regions: PageRegions, until: string, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page, regions);
    if (!stop || stop.region === until) break;
    stops.push(stop);
  }
  return stops;
}
