// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentFolderStore } from './src/integrations/content-folder-store.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';
import { teixitSite } from './src/integrations/teixit-site.ts';
import { SCHEME_BOOT_SCRIPT } from './src/lib/color-scheme.ts';
import { cspHash } from './src/lib/csp-hash.ts';

const site = process.env.TEIXIT_SITE ?? 'http://localhost:4321';
const base = process.env.TEIXIT_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // teixitSite last: its build steps run after the sitemap is written, so that the offline copies list it too.
  integrations: [contentFolderStore(), mdx(), sitemap(sitemapOptions(site, base)), teixitSite()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The site's service worker, from the site itself (Pagefind searches on the page: no worker).
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly engine: 'wasm-unsafe-eval' allows that and no JavaScript eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(SCHEME_BOOT_SCRIPT)] },
    },
  },
  // Content has no code blocks, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  // Pages whose getStaticPaths gives a cacheKey are copied from the previous build when key and code match.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // The layout's script (header search, colour scheme, service worker) runs on every page: kept as a
      // file, it is fetched once and cached, rather than repeated inside every page. Others as Vite decides.
      assetsInlineLimit: (file) => (/(^|\/)Base\.astro_astro_type_script/.test(file) ? false : undefined),
      rollupOptions: {
        // Every MDX module warns about Astro's own "use astro:head-inject" directive (withastro/astro#18087):
        // harmless, and with thousands of entries the flood buries the warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321 },
});
