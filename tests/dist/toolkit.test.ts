/**
 * The manager's toolkit (issue 15), read from the content and the built files: eleven sheets (the five routine sheets and the six of issue 24) and
 * their index in each language, each built as a page.
 */
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir } from '../support/dist';
import { fileOf } from '../support/page-assets';
import { guidePages, tools } from '../support/guide-pages';

test('la boîte à outils a ses onze fiches et son index, en français et en anglais', () => {
  for (const lang of ['fr', 'en']) {
    expect(tools.filter((p) => p.lang === lang)).toHaveLength(11);
    expect(guidePages.some((p) => p.lang === lang && p.file === 'guide/outils/index.mdx')).toBe(true);
  }
});

test('chaque fiche de la boîte à outils est une page du site construit', () => {
  expect(tools.filter((tool) => !existsSync(fileOf(distDir, tool.path))).map((tool) => tool.path)).toEqual([]);
});
