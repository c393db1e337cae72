/** Where a reader's choice of light or dark is kept: this browser's storage, never a cookie. */
export const SCHEME_STORAGE_KEY = 'teixit-scheme';

/**
 * Runs in <head> before the first paint, so a page never flashes in the wrong scheme, and marks the
 * page as scripted (data-js), so that what only works with JavaScript is laid out from the first paint
 * instead of appearing later and pushing the page around. It is the one inline script of the site,
 * allowed by its hash in the Content-Security-Policy (astro.config.mjs).
 */
export const SCHEME_BOOT_SCRIPT = `document.documentElement.dataset.js='';try{var s=localStorage.getItem('${SCHEME_STORAGE_KEY}');if(s==='light'||s==='dark')document.documentElement.dataset.scheme=s}catch(e){}`;
