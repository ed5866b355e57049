/**
 * Content-Security-Policy, read from the built files: every page declares a strict policy in a
 * <meta> tag (Astro's security.csp, narrowed to the page's own hashes by src/integrations/page-csp.ts),
 * before any script or style, and holds no inline event handler or style attribute. What the browser
 * does with it (no violation on any page, injected code refused, framing refused, the header policy
 * of public/_headers) is checked in tests/e2e/csp.spec.ts and tests/e2e/gates.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir } from '../support/dist';
import { builtPages, fileOf } from '../support/page-assets';
import { directives } from '../support/csp-policy';

const allowedScriptSources = /^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/;
const allowedStyleSources = /^('self'|'sha256-[A-Za-z0-9+/=]+')$/;

test('chaque page construite déclare une politique stricte, avant tout script ou style', () => {
  const pages = builtPages(distDir);
  // An empty dist/ would pass every check below: there must be pages to check.
  expect(pages.length, `pages HTML dans ${distDir}`).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const path of pages) {
    const html = readFileSync(fileOf(distDir, path), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
    if (metas.length !== 1) {
      problems.push(`/${path} : ${metas.length} balises CSP`);
      continue;
    }
    const policy = directives(metas[0]![1]!.replaceAll('&#39;', "'"));
    const expectExact = (name: string, value: string) => {
      if (policy.get(name)?.join(' ') !== value) problems.push(`/${path} : ${name} vaut « ${policy.get(name)?.join(' ')} » au lieu de « ${value} »`);
    };
    expectExact('default-src', "'self'");
    expectExact('object-src', "'none'");
    expectExact('base-uri', "'none'");
    expectExact('form-action', "'self'");
    expectExact('connect-src', "'self'");
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    if (!scripts.includes("'self'")) problems.push(`/${path} : script-src absent`);
    if (!styles.includes("'self'")) problems.push(`/${path} : style-src absent`);
    for (const source of scripts.filter((s) => !allowedScriptSources.test(s))) problems.push(`/${path} : script-src autorise ${source}`);
    for (const source of styles.filter((s) => !allowedStyleSources.test(s))) problems.push(`/${path} : style-src autorise ${source}`);
    for (const name of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
      if (policy.has(name)) problems.push(`/${path} : ${name} élargirait script-src ou style-src`);
    }
    // A <meta> policy only governs what comes after it.
    const metaAt = metas[0]!.index!;
    const firstResource = html.search(/<script|<style|<link[^>]+rel="(stylesheet|modulepreload)"/);
    if (firstResource !== -1 && firstResource < metaAt) problems.push(`/${path} : un script ou un style précède la balise CSP`);
    if (/<[a-z][^>]*\son[a-z]+="/i.test(html)) problems.push(`/${path} : gestionnaire d’événement en ligne`);
    if (/<[a-z][^>]*\sstyle="/i.test(html)) problems.push(`/${path} : attribut style="…" (bloqué par la politique)`);
  }
  expect(problems).toEqual([]);
});

