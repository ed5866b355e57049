import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { publisherSchema, type PublisherInput } from '../../src/schemas/publisher';
import { missingFactWarnings, missingFacts, reportMailto } from '../../src/lib/publisher';

const FILE = 'content/site/editeur.yaml';

const complete: PublisherInput = {
  publisher: { name: 'EFFORST', form: 'association', address: '1 rue Exemple, 75000 Paris', registration: 'W000000000', phone: '01 00 00 00 01' },
  director: 'Prénom Nom',
  host: { name: 'Hébergeur', address: '2 rue Exemple, 75000 Paris', phone: '01 00 00 00 00' },
  contact: { email: 'contact@example.org' },
};

/** Returns the dotted paths of the fields the schema rejects. */
function failingFields(input: unknown): string[] {
  return (publisherSchema.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('publisherSchema', () => {
  it('accepts the site’s data file', () => {
    expect(failingFields(parse(readFileSync(FILE, 'utf8')))).toEqual([]);
  });

  it('names a malformed contact address', () => {
    expect(failingFields({ ...complete, contact: { email: 'pas une adresse' } })).toEqual(['contact.email']);
  });

  it('names a fact of the wrong type', () => {
    expect(failingFields({ ...complete, director: 42 })).toEqual(['director']);
  });

  it('names an empty string instead of taking it as a known fact', () => {
    expect(failingFields({ ...complete, host: { ...complete.host, name: '  ' } })).toEqual(['host.name']);
  });

  it('rejects an unknown key instead of ignoring a typo', () => {
    const result = publisherSchema.safeParse({ ...complete, host: { ...complete.host, adress: 'x' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['host', expect.stringMatching(/adress/)]]);
  });

  it('rejects a legal form it does not know', () => {
    expect(failingFields({ ...complete, publisher: { ...complete.publisher, form: 'SARL' } })).toEqual(['publisher.form']);
  });
});

describe('missingFacts', () => {
  it('lists nothing when every fact is known', () => {
    expect(missingFacts(publisherSchema.parse(complete))).toEqual([]);
  });

  it('lists a fact set to null and a fact left out, by dotted path', () => {
    const { phone: _left, ...host } = complete.host;
    const data = publisherSchema.parse({ ...complete, director: null, host });
    expect(missingFacts(data)).toEqual(['director', 'host.phone']);
  });

  it('gives one warning per unknown fact, naming the file and the field', () => {
    const data = publisherSchema.parse({ ...complete, contact: { email: null } });
    expect(missingFactWarnings(data, FILE)).toEqual(['content/site/editeur.yaml : champ « contact.email » à compléter (la page l’affiche comme tel)']);
  });
});

describe('reportMailto', () => {
  it('puts the page’s address in the subject, percent-encoded', () => {
    expect(reportMailto('contact@example.org', 'Erreur signalée sur la page', 'https://vente-engagee.fr/guide/e-mc4/')).toBe(
      'mailto:contact@example.org?subject=Erreur%20signal%C3%A9e%20sur%20la%20page%20https%3A%2F%2Fvente-engagee.fr%2Fguide%2Fe-mc4%2F',
    );
  });

  it('keeps the subject intact whatever the address holds (round trip)', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), (subject, pageUrl) => {
        const link = new URL(reportMailto('contact@example.org', subject, pageUrl));
        expect(link.protocol).toBe('mailto:');
        expect(link.pathname).toBe('contact@example.org');
        expect(decodeURIComponent(link.search.slice('?subject='.length))).toBe(`${subject} ${pageUrl}`);
      }),
    );
  });
});
