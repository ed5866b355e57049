import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emailShareUrl, linkedInShareUrl, shareLinks, xShareUrl } from '../../src/lib/share';

const url = 'https://vente-engagee.fr/charte/article-3/';

describe('linkedInShareUrl', () => {
  it('puts the encoded address in the url parameter', () => {
    expect(linkedInShareUrl(url)).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fvente-engagee.fr%2Fcharte%2Farticle-3%2F',
    );
  });

  it('keeps a fragment and a query inside the parameter', () => {
    expect(linkedInShareUrl('https://exemple.fr/a?b=1&c=2#article-3')).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexemple.fr%2Fa%3Fb%3D1%26c%3D2%23article-3',
    );
  });
});

describe('xShareUrl', () => {
  it('encodes accents, spaces and ampersands in the text', () => {
    expect(xShareUrl('Éthique & vente : « pas de besoin »', url)).toBe(
      'https://x.com/intent/post?text=%C3%89thique%20%26%20vente%20%3A%20%C2%AB%20pas%20de%20besoin%20%C2%BB&url=https%3A%2F%2Fvente-engagee.fr%2Fcharte%2Farticle-3%2F',
    );
  });

  it('encodes the narrow no-break space and the typographic apostrophe', () => {
    expect(xShareUrl('l’article\u202F!', url)).toContain('text=l%E2%80%99article%E2%80%AF!&');
  });
});

describe('emailShareUrl', () => {
  it('encodes spaces as %20, never as +', () => {
    expect(emailShareUrl('Charte éthique', 'À lire')).toBe('mailto:?subject=Charte%20%C3%A9thique&body=%C3%80%20lire');
  });

  it('turns line breaks into CRLF', () => {
    expect(emailShareUrl('Sujet', 'Ligne 1\nLigne 2')).toBe('mailto:?subject=Sujet&body=Ligne%201%0D%0ALigne%202');
  });

  it('keeps an ampersand in the subject from starting a new field', () => {
    expect(emailShareUrl('Vente & éthique', 'x')).toBe('mailto:?subject=Vente%20%26%20%C3%A9thique&body=x');
  });
});

describe('shareLinks', () => {
  it('builds the three links, the e-mail body ending with the address', () => {
    const links = shareLinks({ url, title: 'Article 3', text: 'Des prix clairs' });
    expect(links.linkedin).toBe(linkedInShareUrl(url));
    expect(links.x).toBe(xShareUrl('Des prix clairs', url));
    expect(links.email).toBe(emailShareUrl('Article 3', `Des prix clairs\n\n${url}`));
  });

  it('uses the longer body for e-mail when one is given', () => {
    const links = shareLinks({ url, title: 'T', text: 'court', body: 'long' });
    expect(links.email).toBe(`mailto:?subject=T&body=long%0D%0A%0D%0A${encodeURIComponent(url)}`);
    expect(links.x).toContain('text=court&');
  });

  it('round-trips any text through the X and e-mail links', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, text) => {
        const links = shareLinks({ url, title, text });
        const x = new URL(links.x);
        expect(x.searchParams.get('text')).toBe(text);
        expect(x.searchParams.get('url')).toBe(url);
        const [, query = ''] = links.email.split('?');
        const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
        expect(fields.subject).toBe(title);
        expect(fields.body).toBe(`${text}\n\n${url}`.replace(/\r?\n/g, '\r\n'));
      }),
    );
  });
});
