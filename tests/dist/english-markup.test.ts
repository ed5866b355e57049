/**
 * The English edition adds no markup the French one lacks: every element of an English page, named by
 * its tag and each of its classes, also appears on some French page. The dark colour scheme's axe pass
 * runs on the French pages only (tests/e2e/gates.spec.ts): this is what lets it stand for the English
 * pages, built by the same views and components with the same colour tokens.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { expect, test } from 'vitest';
import { distDir, languageOf, sitemapPaths } from '../support/dist';
import { fileOf } from '../support/page-assets';

/** `tag` and `tag.class` for every element of the page's body. */
function markupOf(path: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const element = node as Element;
      found.add(element.tagName);
      const classes = element.properties.className;
      if (Array.isArray(classes)) for (const name of classes) found.add(`${element.tagName}.${String(name)}`);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  const tree = fromHtml(readFileSync(fileOf(distDir, path), 'utf8'));
  const body = (tree.children.find((n) => n.type === 'element' && n.tagName === 'html') as Element | undefined)?.children.find(
    (n) => n.type === 'element' && n.tagName === 'body',
  );
  if (body) walk(body);
  return found;
}

test('chaque élément d’une page anglaise (balise et classe) existe sur une page française', () => {
  const paths = sitemapPaths();
  const french = new Set(paths.filter((path) => languageOf(path) === 'fr').flatMap((path) => [...markupOf(path)]));
  expect(french.size).toBeGreaterThan(100);
  const english = paths.filter((path) => languageOf(path) === 'en');
  expect(english.length).toBeGreaterThan(50);
  const unseen = english.flatMap((path) => [...markupOf(path)].filter((token) => !french.has(token)).map((token) => `/${path} ${token}`));
  expect(unseen).toEqual([]);
});
