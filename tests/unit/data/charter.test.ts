import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bindLegalReference } from '../../../src/lib/charter';
import { frenchTypography, NNBSP } from '../../../src/lib/typography';
import { reads, useCollections } from './content';
import { charterEntries, charterEn, charterFr, kit, referenceEntries } from './fixtures';

vi.mock('astro:content', () => import('./content'));

/** The charter loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/charter');
}

beforeEach(() => useCollections({ references: referenceEntries(), charter: charterEntries() }));

describe('getCharter in French', () => {
  it('returns every text typeset once: no space doubled, the same text as one pass of French typography', async () => {
    const charter = await (await loader()).getCharter('fr', 'salesperson');
    expect(charter.title).toBe('Charte d’essai');
    expect(charter.description).toBe(`Une charte «${NNBSP}pour voir${NNBSP}»${NNBSP}: courte.`);
    expect(charter.articles[0]!.commitment).toBe(frenchTypography(charterFr.articles[0]!.commitment));
    expect(JSON.stringify(charter)).not.toMatch(/[\u00A0\u202F]{2}/u);
  });

  it('binds legal references to their numbers, and leaves structure alone', async () => {
    const charter = await (await loader()).getCharter('fr', 'salesperson');
    const article = charter.articles[0]!;
    expect(article.law[0]!.source).toBe('civ-1112-1');
    expect(article.law[0]!.about).toBe(bindLegalReference(frenchTypography(charterFr.articles[0]!.law[0]!.about)));
    expect(article.law[0]!.about).toMatch(/art\.\u00A01112-1\.$/);
    expect([charter.kind, charter.version, article.number, article.links[0]!.href]).toEqual(['charte', '1.0', 1, '/charte/acheteurs/']);
    expect(charter.date).toEqual(charterFr.date);
  });

  it('reads each file once per build, however many pages ask', async () => {
    const { getCharter } = await loader();
    const [a, b] = await Promise.all([getCharter('fr', 'salesperson'), getCharter('fr', 'salesperson')]);
    await getCharter('fr', 'salesperson');
    expect(a).toBe(b);
    expect(reads().filter((r) => r === 'charter fr/charte')).toHaveLength(1);
  });
});

describe('getCharter and the references file', () => {
  it('fails naming the file and the article when a law cites a reference the file lacks', async () => {
    const fr = structuredClone(charterFr);
    fr.articles[0]!.law[0]!.source = 'civ-9999';
    useCollections({ references: referenceEntries(), charter: [{ id: 'fr/charte', data: fr }] });
    await expect((await loader()).getCharter('fr', 'salesperson')).rejects.toThrow('content/charte/fr/charte.yaml :\n- article 1 : la référence « civ-9999 » n’existe pas dans content/site/references.yaml');
  });
});

describe('getCharter in English', () => {
  it('returns the English texts, untouched by French typography, with English links', async () => {
    const charter = await (await loader()).getCharter('en', 'salesperson');
    expect(charter.title).toBe('Trial charter');
    expect(charter.articles[0]!.commitment).toBe('I tell the truth: always.');
    expect(charter.articles[0]!.links[0]!.href).toBe('/en/charter/buyers/');
    expect(charter.articles[0]!.law[0]!.about).toBe('Duty to inform: before the contract, art.\u00A01112-1.');
  });

  it('fails naming the file to create when the translation is missing', async () => {
    useCollections({ references: referenceEntries(), charter: charterEntries().filter((e) => e.id !== 'en/charte') });
    await expect((await loader()).getCharter('en', 'salesperson')).rejects.toThrow('content/charte/en/charte.yaml est introuvable : créez-le avec « kind: charte ».');
  });

  it('fails naming both files and the field when a link is left at its French address', async () => {
    const en = structuredClone(charterEn);
    en.articles[0]!.links[0]!.href = '/charte/acheteurs/';
    useCollections({ references: referenceEntries(), charter: charterEntries(en) });
    const error = (await loader()).getCharter('en', 'salesperson');
    await expect(error).rejects.toThrow('content/charte/en/charte.yaml ne correspond pas à content/charte/fr/charte.yaml');
    await expect(error).rejects.toThrow('articles[0].links[0].href : « /charte/acheteurs/ » au lieu de « /en/charter/buyers/ »');
  });

  it('fails naming the field when a text is missing', async () => {
    const en = structuredClone(charterEn) as Partial<typeof charterEn>;
    delete en.preamble;
    useCollections({ references: referenceEntries(), charter: charterEntries(en) });
    await expect((await loader()).getCharter('en', 'salesperson')).rejects.toThrow('- preamble : absent de la traduction');
  });
});

describe('getCompanyKit', () => {
  it('returns the kit typeset when its dilemmas cite existing articles', async () => {
    useCollections({ references: referenceEntries(), charter: [...charterEntries(), { id: 'fr/kit-entreprises', data: kit(1, 'Fin de trimestre : que faire ?') }] });
    const found = await (await loader()).getCompanyKit('fr');
    expect(found.dilemmas[0]!.question).toBe(`Fin de trimestre${NNBSP}: que faire${NNBSP}?`);
    expect(found.dilemmas[0]!.id).toBe('fin-de-trimestre');
  });

  it('fails naming the dilemma that cites an article neither charter has', async () => {
    useCollections({ references: referenceEntries(), charter: [...charterEntries(), { id: 'fr/kit-entreprises', data: kit(14, 'Fin de trimestre') }] });
    await expect((await loader()).getCompanyKit('fr')).rejects.toThrow('fin-de-trimestre (charte du commercial) : l’article 14 n’existe pas');
  });
});
