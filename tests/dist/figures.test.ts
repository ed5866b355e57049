/**
 * Figures say what their source says (issue 14), on every built page of both languages: Gallup
 * classes people, nobody « se dit » engaged; Forrester's 70 % is never presented as Forrester's;
 * the absenteeism figure is not the cost of disengagement; « effet d'éviction » is Frey's term.
 * Reads the built HTML (no browser needed).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { mainText, sitemapPaths } from '../support/dist';

const dictionary = (lang: string) => JSON.parse(readFileSync(`content/i18n/${lang}/site.json`, 'utf8')) as Record<string, string>;
const fr = dictionary('fr');
const en = dictionary('en');

const pages = sitemapPaths()
  .filter((path) => !path.endsWith('.svg') && !path.endsWith('.png'))
  .map((path) => ({ path, text: mainText(path) }));

test('accueil : Gallup classe les salariés, personne ne « se dit » engagé', () => {
  for (const [path, t] of [['', fr], ['en/', en]] as const) {
    const text = pages.find((p) => p.path === path)!.text;
    expect(text).not.toMatch(/se disent engagés|say they are engaged/);
    expect(text).toContain(t['home.figures.engaged']!.replace(/'/g, '’').replace(/[\u00a0\u202f]/g, ' ').split(' « ')[0]);
    expect(text).toMatch(/2025/);
  }
});

test('aucune page ne présente les 70 % comme un chiffre de Forrester', () => {
  const offending = pages.filter(({ text }) => /Forrester[^.]{0,80}\b70 ?%/.test(text)).map((p) => p.path);
  expect(offending).toEqual([]);
});

test('la répartition 69 / 25 n’apparaît jamais sans sa réserve', () => {
  const offending = pages.filter(({ text }) => /\b69 ?%/.test(text) && !/non confirm|not confirmed|could not be confirmed|n’a pas pu être confirmée/.test(text)).map((p) => p.path);
  expect(offending).toEqual([]);
});

test('les 17 jours d’absence ne sont jamais donnés comme le coût du seul désengagement', () => {
  const cited = pages.filter(({ text }) => /17 (jours|days)/.test(text));
  expect(cited.length).toBeGreaterThan(0);
  const offending = cited.filter(({ text }) => !/une part|part of/.test(text)).map((p) => p.path);
  expect(offending).toEqual([]);
});

test('l’effet d’éviction est attribué à Frey, l’effet de sape à Deci', () => {
  const eviction = pages.filter(({ text }) => /effet d’éviction|crowding-out/.test(text));
  expect(eviction.length).toBeGreaterThan(0);
  expect(eviction.filter(({ text }) => !/Frey/.test(text)).map((p) => p.path)).toEqual([]);
  const motivation = pages.filter((p) => /^(en\/)?guide\/(motivation-intrinseque|intrinsic-motivation)\/$/.test(p.path));
  expect(motivation).toHaveLength(2);
  for (const { text } of motivation) expect(text).toMatch(/effet de sape|undermining effect/);
});
