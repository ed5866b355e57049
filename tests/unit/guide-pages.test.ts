import { describe, expect, it } from 'vitest';
import { PAGES_DIR, frontMatter, pageEntries, pageFiles } from '../support/content-pages';
import { pairContentEntries } from '../../src/lib/routes';

const guide = (lang: string) => pageFiles(lang).filter((file) => file.startsWith('guide/'));
const data = (lang: string, file: string) => frontMatter(`${PAGES_DIR}/${lang}/${file}`);
const frenchRoutes = new Set(pairContentEntries(pageEntries()).map((pair) => pair.fr));

describe('guide pages: « Cette semaine » and tools', () => {
  it('finds the guide pages and the toolkit', () => {
    expect(guide('fr')).toContain('guide/outils/index.mdx');
    expect(guide('fr')).toContain('guide/outils/delegation.mdx');
  });

  for (const lang of ['fr', 'en']) {
    for (const file of guide(lang)) {
      it(`${lang}/${file} opens with two or three things to do this week`, () => {
        expect(data(lang, file).thisWeek?.length ?? 0).toBeGreaterThanOrEqual(2);
      });
    }
  }

  for (const file of guide('fr')) {
    it(`${file} has the same number of tasks and the same tools in both languages`, () => {
      const [fr, en] = [data('fr', file), data('en', file)];
      expect(en.thisWeek?.length).toBe(fr.thisWeek?.length);
      expect(en.tools).toEqual(fr.tools);
      expect(en.form).toBe(fr.form);
    });

    it(`${file} points only to toolkit pages that exist`, () => {
      for (const tool of data('fr', file).tools ?? []) expect(frenchRoutes).toContain(tool);
    });
  }

  it('makes every tool of the toolkit (not its index) a printable form', () => {
    const tools = guide('fr').filter((file) => file.startsWith('guide/outils/') && !file.endsWith('/index.mdx'));
    expect(tools.length).toBe(11);
    for (const file of tools) expect(data('fr', file).form, file).toBe(true);
  });
});
