// Prints what each built page weighs, from the files in dist/ (or DIST): HTML, HTML + CSS and the
// JavaScript it loads, gzipped. The budgets themselves are asserted by tests/dist/budget.test.ts.
// Usage: npm run sizes (after npm run build).
import { builtPages, gzipSize, htmlAndCssGzip, javascriptGzip, pageAssets } from '../tests/support/page-assets.ts';

const dist = process.env.DIST ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

console.log(['page', 'HTML', 'HTML + CSS', 'JavaScript'].join('\t'));
for (const path of builtPages(dist)) {
  const assets = pageAssets(dist, base, path);
  console.log([`/${path}`, kb(gzipSize(assets.html)), kb(htmlAndCssGzip(assets)), kb(javascriptGzip(assets))].join('\t'));
}
