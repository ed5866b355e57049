import { describe, expect, it } from 'vitest';
import { bookletOf, chapterId, rewriteChapter } from '../../src/lib/booklet';

const links = {
  chapters: new Map([
    ['/guide/e-mc4/', 'guide-e-mc4'],
    ['/guide/', 'guide'],
  ]),
  origin: 'https://vente-engagee.fr',
};

describe('booklets', () => {
  it('links guide and ethics pages to their booklet, not the booklet itself', () => {
    expect(bookletOf('/guide/e-mc4/')?.route).toBe('/guide/livret/');
    expect(bookletOf('/ethique/')?.route).toBe('/ethique/livret/');
    expect(bookletOf('/guide/livret/')).toBeUndefined();
    expect(bookletOf('/a-propos/')).toBeUndefined();
  });

  it('names chapters after the French route', () => {
    expect(chapterId('/guide/e-mc4/')).toBe('guide-e-mc4');
    expect(chapterId('/guide/')).toBe('guide');
  });
});

describe('rewriteChapter', () => {
  const rewrite = (html: string) => rewriteChapter(html, 'guide-engagement', links);

  it('prefixes ids and every attribute that refers to one', () => {
    expect(rewrite('<section aria-labelledby="a b"><h2 id="a">T</h2><button popovertarget="gl-x"></button><span id="gl-x"></span><label for="f"></label></section>')).toBe(
      '<section aria-labelledby="guide-engagement-a guide-engagement-b"><h3 id="guide-engagement-a">T</h3><button popovertarget="guide-engagement-gl-x"></button><span id="guide-engagement-gl-x"></span><label for="guide-engagement-f"></label></section>',
    );
  });

  it('points links to the page itself and to other chapters inside the booklet', () => {
    expect(rewrite('<a href="#chiffres">x</a>')).toBe('<a href="#guide-engagement-chiffres">x</a>');
    expect(rewrite('<a href="/guide/e-mc4/#motivation">x</a>')).toBe('<a href="#guide-e-mc4-motivation">x</a>');
    expect(rewrite('<a href="/guide/">x</a>')).toBe('<a href="#guide">x</a>');
  });

  it('keeps other links and gives internal ones their full address for print', () => {
    expect(rewrite('<a href="/charte/#article-3">x</a>')).toBe('<a href="/charte/#article-3" data-print="https://vente-engagee.fr/charte/#article-3">x</a>');
    expect(rewrite('<a href="https://exemple.fr/">x</a>')).toBe('<a href="https://exemple.fr/">x</a>');
  });

  it('moves headings one level down under the chapter title and keeps SVG references', () => {
    expect(rewrite('<h2>a</h2><h5>b</h5><h6>c</h6>')).toBe('<h3>a</h3><h6>b</h6><h6>c</h6>');
    expect(rewrite('<path marker-end="url(#fleche)"/>')).toBe('<path marker-end="url(#guide-engagement-fleche)"/>');
  });
});
