import { SCHEME_STORAGE_KEY } from '../lib/color-scheme.ts';

const root = document.documentElement;
const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
const isDark = () => (root.dataset.scheme ? root.dataset.scheme === 'dark' : systemDark());

/** The dark-scheme switch (its CSS shows it only with JavaScript), remembered in this browser's storage. */
export function setUpSchemeToggle(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const scheme = isDark() ? 'light' : 'dark';
    root.dataset.scheme = scheme;
    button.setAttribute('aria-pressed', String(scheme === 'dark'));
    try {
      localStorage.setItem(SCHEME_STORAGE_KEY, scheme);
    } catch {
      // Storage may be off (private browsing): the choice then lasts for this page only.
    }
  });
}
