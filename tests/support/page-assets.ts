/**
 * What a built page makes the browser download, read from the files in dist/ without a browser:
 * its HTML, the stylesheets it links, and every JavaScript module it loads (scripts, island
 * components and renderers, then their static imports, recursively).
 * Used by the byte budgets (tests/dist/budget.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size of `data` once gzipped at the level a CDN uses for static files. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Every HTML file under `dist`, as site paths relative to the base (`guide/`, ``, `404.html`). */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The file in `dist` that serves `path` (relative to the base). */
export function fileOf(dist: string, path: string): string {
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

export interface PageAssets {
  /** Raw HTML. */
  html: string;
  /** Linked stylesheets, as files in dist. */
  stylesheets: string[];
  /** Contents of inline <script> elements that the browser executes (JSON data blocks excluded). */
  inlineScripts: string[];
  /** Every JavaScript module the page loads, as files in dist. */
  modules: string[];
  /** Number of <astro-island> elements. */
  islands: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');

/** Maps a URL found in a page or a module to its file in dist, or undefined if outside the site. */
function toFile(dist: string, base: string, url: string, from: string): string | undefined {
  if (/^(data:|https?:|\/\/)/.test(url)) return undefined;
  const { pathname } = new URL(url, `http://site${from}`);
  if (!pathname.startsWith(base)) return undefined;
  return join(dist, decodeURIComponent(pathname.slice(base.length)));
}

const isRelative = (specifier: string) => /^(\.{1,2}\/|\/)/.test(specifier);

/**
 * Relative specifiers a built ES module imports: `import … from "x"`, `import "x"`, `export … from "x"`,
 * and dynamic `import("x")` with a literal specifier: a module loaded on demand is still downloaded
 * to use the page. A computed specifier (Pagefind's `${bundle}pagefind.js` on the search page)
 * cannot be followed here: the search budget measures it in the browser.
 */
export function importsOf(code: string): string[] {
  const found = [
    ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`$]+)\1/g),
    ...code.matchAll(/\bimport\(\s*(?:\/\*[\s\S]*?\*\/\s*)?(["'`])([^"'`$]+)\1\s*\)/g),
  ];
  return [...new Set(found.map((m) => m[2]!).filter(isRelative))];
}

/**
 * The one on-demand module whose condition can be read in the page: the Preact renderer imports
 * Preact Signals only to hydrate an island that has signal props (`data-preact-signals`), so it
 * counts for a page with such an island and for no other.
 */
const signalsModule = /\/signals\.module\.[\w-]+\.js$/;

/** Reads what the page at `path` loads. `base` is the site's base path (`/` or `/sous-chemin/`). */
export function pageAssets(dist: string, base: string, path: string): PageAssets {
  const file = fileOf(dist, path);
  const html = readFileSync(file, 'utf8');
  const pageUrl = `${base}${path}`;
  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

  const stylesheets = tags('link')
    .filter((t) => /\srel="stylesheet"/.test(t))
    .map((t) => toFile(dist, base, attr(t, 'href') ?? '', pageUrl))
    .filter((f): f is string => !!f);

  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs!) && !/\stype="application\/(ld\+)?json"/.test(attrs!))
    .map(([, , body]) => body!);

  const roots = [
    ...tags('script').map((t) => attr(t, 'src')),
    ...tags('link')
      .filter((t) => /\srel="modulepreload"/.test(t))
      .map((t) => attr(t, 'href')),
    ...tags('astro-island').flatMap((t) => [attr(t, 'component-url'), attr(t, 'renderer-url'), attr(t, 'before-hydration-url')]),
  ].filter((u): u is string => !!u);

  const withSignals = /<astro-island\b[^>]*\sdata-preact-signals=/.test(html);
  const modules = new Set<string>();
  const queue = roots.map((u) => toFile(dist, base, u, pageUrl)).filter((f): f is string => !!f);
  while (queue.length > 0) {
    const module = queue.shift()!;
    if (modules.has(module)) continue;
    modules.add(module);
    if (!existsSync(module)) continue;
    const moduleUrl = `${base}${relative(dist, module).replaceAll('\\', '/')}`;
    for (const spec of importsOf(readFileSync(module, 'utf8'))) {
      const target = toFile(dist, base, spec, moduleUrl);
      if (!target || modules.has(target)) continue;
      if (signalsModule.test(target) && !withSignals) continue;
      queue.push(target);
    }
  }

  return { html, stylesheets, inlineScripts, modules: [...modules], islands: tags('astro-island').length };
}

/** Gzipped bytes of the page's HTML plus the stylesheets it links (each compressed on its own, as served). */
export function htmlAndCssGzip(assets: PageAssets): number {
  return gzipSize(assets.html) + assets.stylesheets.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
}

/** Gzipped bytes of all the JavaScript the page loads: its modules, plus its inline scripts. */
export function javascriptGzip(assets: PageAssets): number {
  const modules = assets.modules.filter((f) => existsSync(f)).reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  return modules + assets.inlineScripts.reduce((sum, s) => sum + gzipSize(s), 0);
}
