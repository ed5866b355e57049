import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaContent, pageOgImage, readPageCard, shorten } from '../../src/lib/og';

describe('pageOgImage', () => {
  it('names the image after the page address, one per page and language', () => {
    expect(pageOgImage('/')).toBe('/og.png');
    expect(pageOgImage('/guide/e-mc4/')).toBe('/guide/e-mc4/og.png');
    expect(pageOgImage('/en/guide/e-mc4/')).toBe('/en/guide/e-mc4/og.png');
    expect(pageOgImage('/en/')).toBe('/en/og.png');
  });

  it('gives distinct addresses distinct images', () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.array(segment, { minLength: 1, maxLength: 3 }), (a, b) => {
        fc.pre(a.join('/') !== b.join('/'));
        expect(pageOgImage(`/${a.join('/')}/`)).not.toBe(pageOgImage(`/${b.join('/')}/`));
      }),
    );
  });
});

describe('shorten', () => {
  it('keeps short texts and cuts long ones at a word, with an ellipsis', () => {
    expect(shorten('Court.', 20)).toBe('Court.');
    expect(shorten('Une phrase bien trop longue pour tenir', 20)).toBe('Une phrase bien…');
  });

  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        expect(shorten(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('readPageCard', () => {
  const head = (image: string) =>
    `<meta property="og:site_name" content="Vente engagée"><meta property="og:title" content="L&#39;équipe &amp; ses outils"><meta property="og:description" content="Texte"><meta property="og:url" content="https://x.fr/base/guide/"><main data-pagefind-meta="section:Guide"><meta property="og:image" content="${image}">`;

  it('reads what the page says about itself, entities decoded', () => {
    expect(readPageCard(head('https://x.fr/base/guide/og.png'), '/base/')).toEqual({
      image: '/guide/og.png',
      title: 'L\'équipe & ses outils',
      section: 'Guide',
      description: 'Texte',
      siteName: 'Vente engagée',
      url: 'https://x.fr/base/guide/',
    });
  });

  it('ignores pages whose image is drawn elsewhere (the charter) or missing', () => {
    expect(readPageCard(head('https://x.fr/og/charte/charte.png'), '/')).toBeUndefined();
    expect(readPageCard('<title>x</title>', '/')).toBeUndefined();
    expect(metaContent('<meta name="twitter:card" content="summary_large_image">', 'twitter:card')).toBe('summary_large_image');
  });
});
