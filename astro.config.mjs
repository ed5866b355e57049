// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSite } from './src/markdown/rehype-site.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { ogPages } from './src/integrations/og-pages.ts';
import { islandChunks } from './src/integrations/island-chunks.ts';
import { clientPaint } from './src/integrations/client-paint.ts';

// SITE and BASE let the same build target a sub-path (GitHub Pages project sites, previews).
const site = process.env.SITE ?? 'https://vente-engagee.fr';
const base = process.env.BASE ?? '/';
// DIST lets several builds run side by side (a sub-path build in the tests, parallel work).
const outDir = process.env.DIST ?? './dist';

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir,
  cacheDir: outDir === './dist' ? './node_modules/.astro' : `./node_modules/.astro-${outDir.replace(/\W/g, '')}`,
  trailingSlash: 'always',
  // French is the reference, at the root; English lives under /en/ with its own slugs (src/lib/routes.ts).
  i18n: { defaultLocale: 'fr', locales: ['fr', 'en'], routing: { prefixDefaultLocale: false } },
  // Inline all CSS: a page's first screen then needs a single response (budget: 14 KB gzip with its HTML).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), sitemap(), pageCsp(), ogPages(), islandChunks(), clientPaint()],
  markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins: [rehypeSite({ base })] }) },
  prefetch: false,
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine on the search page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
