import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels the site promises: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe violation on the page as it is now, one line per rule with the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${targets.join(', ')}`;
  });
}

export interface FocusStop {
  tag: string;
  id: string;
  href: string | null;
  /** Which part of the page holds it: the skip link, main navigation, search, language switcher, content */
  region: 'skip' | 'nav' | 'search' | 'languages' | 'content' | 'other';
  /** Computed outline while focused: 'none' means no visible focus indicator from the outline */
  outline: string;
}

/** The element that has focus now, described as FocusStop (null when focus is on the body). */
export function focused(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const within = (selector: string) => element.closest(selector) !== null;
    const region = within('.skip-link')
      ? 'skip'
      : within('.site-nav')
        ? 'nav'
        : within('[role="search"]')
          ? 'search'
          : within('.languages')
            ? 'languages'
            : within('#content')
              ? 'content'
              : 'other';
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      href: element.getAttribute('href'),
      region,
      outline: parseFloat(style.outlineWidth) > 0 ? style.outlineStyle : 'none',
    };
  });
}

/**
 * Presses Tab from the top of the page until focus enters the main content, and returns every element
 * it stopped on, in order. `limit` keeps a page whose content is unreachable from looping forever.
 */
export async function tabStopsBeforeContent(page: Page, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop || stop.region === 'content') break;
    stops.push(stop);
  }
  return stops;
}
