/** "/" anywhere outside a text field moves focus to the header's search field, as on most search-first sites. */
export function focusSearchOnSlash(field: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    field.focus();
  });
}

/**
 * Phones have no "/" key: the field speaks of the shortcut (its data-shortcut) only where the main pointer
 * is a mouse or a trackpad, which is where a keyboard is likely too.
 */
export function offerShortcutHint(field: HTMLInputElement): void {
  const hint = field.dataset.shortcut;
  if (hint && matchMedia('(hover: hover) and (pointer: fine)').matches) field.placeholder = hint;
}
