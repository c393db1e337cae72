import { currentSection } from '../lib/toc.ts';

/**
 * Marks the link of the section being read (aria-current) as the reader scrolls, so the contents beside
 * the text say where the reader is. Without JavaScript the contents are a plain list of links.
 */
export function highlightToc(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let shown = -1;
  let queued = false;
  const update = () => {
    queued = false;
    const root = document.documentElement;
    const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
    const current = currentSection(tops, innerHeight / 4, scrollY > 0 && scrollY + innerHeight >= root.scrollHeight - 2);
    if (current === shown) return;
    links[shown]?.removeAttribute('aria-current');
    links[current]?.setAttribute('aria-current', 'true');
    shown = current;
  };
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}
