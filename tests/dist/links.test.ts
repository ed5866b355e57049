/**
 * Link gate over the built files: every internal href/src in dist/ points to a file that exists,
 * and every #fragment to an element id on the target page. Runs without a browser.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { basePath, distDir } from '../support/dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Maps a site path (with base) to the file that serves it, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rel = decodeURIComponent(pathname.slice(basePath.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(distDir, rel, 'index.html')] : [join(distDir, rel)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const vague = /^(ici|cliquez ici|en savoir plus|lire la suite|click here|here|read more)$/i;

test('tous les liens internes et leurs ancres aboutissent', () => {
  const broken: string[] = [];
  const files = htmlFiles(distDir);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const selfPath = `${basePath}${relative(distDir, file).replace(/index\.html$/, '')}`;
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const raw = value!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(raw) || raw.startsWith('//')) continue;
      const target = new URL(raw, `http://site${selfPath}`);
      const targetFile = raw.startsWith('#') ? file : fileFor(target.pathname);
      if (!targetFile) {
        broken.push(`${relative(distDir, file)}: ${attr}="${raw}" (fichier absent)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        broken.push(`${relative(distDir, file)}: ${attr}="${raw}" (ancre absente)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('aucun lien au texte vague (« ici », « en savoir plus »)', () => {
  const offenders: string[] = [];
  for (const file of htmlFiles(distDir)) {
    for (const [, text] of readFileSync(file, 'utf8').matchAll(/<a\b[^>]*>([^<]*)<\/a>/g)) {
      if (vague.test(text!.trim())) offenders.push(`${relative(distDir, file)}: « ${text!.trim()} »`);
    }
  }
  expect(offenders).toEqual([]);
});

test('le site ne référence aucune ressource d’un autre site', () => {
  const offenders: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/g)) {
      if (/\s(src|href)="(https?:)?\/\//.test(tag) && !/rel="canonical"|rel="alternate"/.test(tag)) {
        offenders.push(`${relative(distDir, file)}: ${tag}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});
