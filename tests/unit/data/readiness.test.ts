import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NNBSP } from '../../../src/lib/typography';
import { reads, useCollections } from './content';
import { readinessEn, readinessFr } from './fixtures';

vi.mock('astro:content', () => import('./content'));

/** The readiness loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/readiness');
}

beforeEach(() => useCollections({ readiness: [{ id: 'regles', data: readinessFr }], readinessTexts: [{ id: 'en/regles', data: readinessEn }] }));

describe('getReadiness', () => {
  it('typesets the French titles, rationales and actions once, not the ids and conditions', async () => {
    const rules = await (await loader()).getReadiness('fr');
    const [first] = rules.rules;
    expect(first!.title).toBe('D’abord l’engagement');
    expect(first!.rationale).toBe(`Sans envie${NNBSP}: rien ne tient.`);
    expect(first!.actions).toEqual([`Parler${NNBSP}: écouter.`, `Revenir${NNBSP}!`]);
    expect(first!.any).toEqual(readinessFr.rules[0]!.any);
    expect([first!.id, first!.verdict, first!.step]).toEqual(['engagement-faible', 'management-first', 'engagement']);
    expect(JSON.stringify(rules)).not.toMatch(/[\u00A0\u202F]{2}/u);
  });

  it('gives the English texts in English, read once per language', async () => {
    const { getReadiness } = await loader();
    const [a, b] = await Promise.all([getReadiness('en'), getReadiness('en')]);
    expect(a).toBe(b);
    expect(a.rules.map((r) => r.title)).toEqual(['Engagement first', 'A pilot']);
    expect(a.rules[0]!.rationale).toBe('Without will: nothing holds.');
    expect(reads().filter((r) => r === 'readinessTexts en/regles')).toHaveLength(1);
  });

  it('fails naming the file when the translation is missing', async () => {
    useCollections({ readiness: [{ id: 'regles', data: readinessFr }] });
    await expect((await loader()).getReadiness('en')).rejects.toThrow('content/readiness/en/regles.yaml est introuvable');
  });

  it('fails naming the file and the field when an action is missing', async () => {
    const en = structuredClone(readinessEn);
    en.rules['par-defaut'].actions.pop();
    useCollections({ readiness: [{ id: 'regles', data: readinessFr }], readinessTexts: [{ id: 'en/regles', data: en }] });
    const error = (await loader()).getReadiness('en');
    await expect(error).rejects.toThrow('content/readiness/en/regles.yaml ne correspond pas à content/readiness/regles.yaml');
    await expect(error).rejects.toThrow('- rules.par-defaut.actions : 1 élément(s) au lieu de 2');
  });
});
