import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { referencesSchema } from '../../src/schemas/references';
import { CHECK_VALIDITY_DAYS, citationTokens, staleReferences, uncoveredCitations, unknownReferenceIds } from '../../src/lib/references';

const FILE = 'content/site/references.yaml';
const references = referencesSchema.parse(parse(readFileSync(FILE, 'utf8'))).references;

/** Every file under `dir` whose name ends with one of `extensions`. */
function files(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, extensions);
    return extensions.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

/** The charter and guide texts, by file: the charters' YAML, their interface strings and every content page. */
const texts = [...files('content/charte', ['.yaml']), ...files('content/pages', ['.mdx']), 'content/i18n/fr/charter.json', 'content/i18n/en/charter.json'].map((where) => ({
  where,
  text: readFileSync(where, 'utf8'),
}));

describe('citationTokens', () => {
  it('reads code articles with their letter, each article of a range', () => {
    expect(citationTokens('Code de la consommation, art. L. 121-2 à L. 121-4 et D. 223-8')).toEqual(['L. 121-2', 'L. 121-4', 'D. 223-8']);
  });

  it('reads numbered articles after « art. », one token per number', () => {
    expect(citationTokens('Code civil, art. 1143 ; RGPD, art. 5 et 6 ; Code pénal, art. 445-1 and 445-2')).toEqual(['1143', '5', '6', '445-1', '445-2']);
  });

  it('reads appeal numbers, laws, CNIL decisions and EU acts', () => {
    expect(citationTokens('n° 22-22.709, loi n° 2022-401, law no. 2025-594, SAN-2024-020, Règlement (UE) 2024/1689')).toEqual([
      '22-22.709',
      '2022-401',
      '2025-594',
      'SAN-2024-020',
      '2024/1689',
    ]);
  });

  it('reads through the no-break spaces of typeset text', () => {
    expect(citationTokens('art.\u00A0L.\u00A0221-3')).toEqual(['L. 221-3']);
  });

  it('finds nothing in prose without citations', () => {
    expect(citationTokens('L’article 4 de la charte, 8 % des salariés, 17,2 jours.')).toEqual([]);
  });
});

describe('uncoveredCitations', () => {
  it('names the file and the token that no reference covers', () => {
    expect(uncoveredCitations([{ where: 'a.yaml', text: 'art. L. 221-3 et art. L. 999-1' }], [{ cites: ['L. 221-3'] }])).toEqual(['a.yaml : « L. 999-1 » n’est dans aucune référence']);
  });
});

describe('staleReferences', () => {
  const today = new Date('2027-12-07');

  it('lists a reference checked more than a year before today', () => {
    expect(staleReferences([{ id: 'old', checked: new Date('2026-12-06') }], today)).toEqual(['old']);
  });

  it('keeps a reference checked within the year, and one never checked (listed for a lawyer instead)', () => {
    expect(staleReferences([{ id: 'recent', checked: new Date('2027-01-01') }, { id: 'never', checked: null }], today)).toEqual([]);
  });

  it('counts a year as CHECK_VALIDITY_DAYS days', () => {
    expect(CHECK_VALIDITY_DAYS).toBe(365);
  });
});

describe('unknownReferenceIds', () => {
  it('names where an unknown id is used', () => {
    expect(unknownReferenceIds([{ where: 'article 3', id: 'x' }], new Set(['y']))).toEqual(['article 3 : la référence « x » n’existe pas dans content/site/references.yaml']);
  });
});

describe('content/site/references.yaml', () => {
  it('covers every article, case, law and decision that a charter or guide text cites', () => {
    expect(uncoveredCitations(texts, references)).toEqual([]);
  });

  it('holds no reference whose check is more than a year old', () => {
    expect(staleReferences(references, new Date())).toEqual([]);
  });

  it('marks every reference never checked as one a lawyer must confirm', () => {
    expect(references.filter((r) => r.checked === null && !r.lawyer).map((r) => r.id)).toEqual([]);
  });

  it('is the only place the charters take their citations from: every law entry names a reference of the file', () => {
    const ids = new Set(references.map((r) => r.id));
    const used = files('content/charte', ['.yaml']).flatMap((where) => [...readFileSync(where, 'utf8').matchAll(/^\s*- source: (\S+)$/gm)].map((m) => ({ where, id: m[1]! })));
    expect(used.length).toBeGreaterThan(0);
    expect(unknownReferenceIds(used, ids)).toEqual([]);
  });

  it('rejects a source that is not an official publisher', () => {
    const [first] = references;
    const result = referencesSchema.safeParse({ references: [{ ...first, checked: '2026-12-06', url: 'https://www.example.com/loi' }] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['references.0.url']);
  });

  it('rejects a reference never checked that does not say a lawyer must confirm it', () => {
    const [first] = references;
    const result = referencesSchema.safeParse({ references: [{ ...first, checked: null, lawyer: false }] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['references.0.lawyer']);
  });
});
