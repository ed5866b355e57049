/**
 * The manager's toolkit (issue 15), read from the content and the built files: eleven sheets (the five routine sheets and the six of issue 24) and
 * their index in each language, each built as a page with a sheet to fill in and no script; every guide
 * page opens with the « Cette semaine » box its front matter describes and lists the tools it names.
 * (Printing each sheet, and the box as shown, are browser checks: tests/e2e/toolkit.spec.ts.)
 */
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir } from '../support/dist';
import { fileOf } from '../support/page-assets';
import { guidePages, tools } from '../support/guide-pages';
import { builtDocument, textOf } from '../support/built-dom';
import { plain } from '../support/site-data';
import { LOCALES } from '../../src/lib/locale';
import { typesetter } from '../../src/lib/typography';

test('la boîte à outils a ses onze fiches et son index, en français et en anglais', () => {
  for (const lang of ['fr', 'en']) {
    expect(tools.filter((p) => p.lang === lang)).toHaveLength(11);
    expect(guidePages.some((p) => p.lang === lang && p.file === 'guide/outils/index.mdx')).toBe(true);
  }
});

test('chaque fiche de la boîte à outils est une page du site construit', () => {
  expect(tools.filter((tool) => !existsSync(fileOf(distDir, tool.path))).map((tool) => tool.path)).toEqual([]);
});

for (const tool of tools) {
  test(`fiche à remplir : /${tool.path}`, () => {
    const document = builtDocument(tool.path);
    expect(document.documentElement.getAttribute('lang')).toBe(LOCALES[tool.lang].tag);
    expect(textOf(document.querySelector('h1'))).toBe(plain(typesetter(tool.lang)(tool.data.title)));
    expect(document.querySelectorAll('.sheet').length).toBeGreaterThan(0);
    // Something to write on: lines, boxes or empty table cells.
    const blanks = [...document.querySelectorAll('.sheet .lines span, .sheet .blank, .sheet .box, .sheet td')].filter(
      (element) => element.tagName !== 'TD' || element.childNodes.length === 0,
    );
    expect(blanks.length).toBeGreaterThan(5);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });
}

for (const guide of guidePages) {
  test(`« Cette semaine » : /${guide.path}`, () => {
    const document = builtDocument(guide.path);
    const children = [...document.querySelectorAll('article > *')];
    const box = children.find((element) => element.matches('aside.cette-semaine'));
    expect(box).toBeDefined();
    // The box opens the page: nothing but the title (and a placeholder notice) comes before it.
    expect(children.indexOf(box!)).toBeLessThanOrEqual(2);
    const typeset = typesetter(guide.lang);
    expect([...box!.querySelectorAll('li')].map(textOf)).toEqual((guide.data.thisWeek ?? []).map((task) => plain(typeset(task))));

    const links = [...document.querySelectorAll('aside.tools a')];
    expect(links).toHaveLength(guide.data.tools?.length ?? 0);
    for (const [i, tool] of (guide.data.tools ?? []).entries()) {
      const target = guidePages.find((p) => p.lang === 'fr' && `/${p.path}` === tool);
      const twin = guidePages.find((p) => p.lang === guide.lang && p.file === target?.file);
      expect(twin, tool).toBeDefined();
      expect(links[i]!.getAttribute('href')).toMatch(new RegExp(`/${twin!.path}$`));
    }
  });
}
