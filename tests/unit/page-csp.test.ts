import { describe, expect, it } from 'vitest';
import { hashSource, hoistBodyStyles, inlineContent, narrowPageCsp, pagePolicy, rewritePage } from '../../src/integrations/page-csp';

const red = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='"; // a{color:red}
const other = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

describe('hashSource', () => {
  it('returns the quoted SHA-256 source of a text', () => {
    expect(hashSource('a{color:red}')).toBe(red);
  });
});

describe('inlineContent', () => {
  it('keeps executable inline scripts and every inline style', () => {
    const html = '<script>go()</script><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script><style>a{}</style>';
    expect(inlineContent(html)).toEqual({ scripts: ['go()'], styles: ['a{}'] });
  });

  it('reads elements as the browser does: not inside a comment, content as written', () => {
    const html = '<!-- <script>old()</script> --><p title="<style>x{}</style>">t</p><script>a &amp;&amp; b</script><style>q::after{content:"&lt;"}</style>';
    expect(inlineContent(html)).toEqual({ scripts: ['a &amp;&amp; b'], styles: ['q::after{content:"&lt;"}'] });
  });
});

describe('pagePolicy', () => {
  it('lists exactly the page’s inline styles, adding a missing one and dropping the others', () => {
    expect(pagePolicy(`default-src 'self'; style-src 'self' ${other};`, { scripts: [], styles: ['a{color:red}'] })).toBe(
      `default-src 'self'; style-src 'self' ${red};`,
    );
  });

  it('keeps only the script hashes that Astro granted and the page uses', () => {
    const granted = hashSource('go()');
    const policy = `script-src 'self' 'wasm-unsafe-eval' ${granted} ${other};`;
    expect(pagePolicy(policy, { scripts: ['go()', 'notGranted()'], styles: [] })).toBe(`script-src 'self' 'wasm-unsafe-eval' ${granted};`);
    expect(pagePolicy(policy, { scripts: [], styles: [] })).toBe("script-src 'self' 'wasm-unsafe-eval';");
  });
});

describe('narrowPageCsp', () => {
  it('rewrites the meta policy of a page', () => {
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self';"><style>a{color:red}</style>`;
    expect(narrowPageCsp(html)).toBe(`<meta http-equiv="content-security-policy" content="style-src 'self' ${red};"><style>a{color:red}</style>`);
  });

  it('returns undefined without a policy or when nothing changes', () => {
    expect(narrowPageCsp('<style>a{color:red}</style>')).toBeUndefined();
    expect(narrowPageCsp(`<meta http-equiv="content-security-policy" content="style-src 'self';">`)).toBeUndefined();
  });
});

describe('hoistBodyStyles', () => {
  it('moves a <style> from the body to the end of the head', () => {
    const html = '<html><head><title>t</title></head><body><section><style>a{b:c}</style><p>x</p></section></body></html>';
    expect(hoistBodyStyles(html)).toBe('<html><head><title>t</title><style>a{b:c}</style></head><body><section><p>x</p></section></body></html>');
  });

  it('keeps the order of several body styles and leaves head styles alone', () => {
    const html = '<head><style>h{}</style></head><body><style>1{}</style><p></p><style>2{}</style></body>';
    expect(hoistBodyStyles(html)).toBe('<head><style>h{}</style><style>1{}</style><style>2{}</style></head><body><p></p></body>');
  });

  it('returns the document unchanged when the body has no style', () => {
    const html = '<head><style>h{}</style></head><body><p>x</p></body>';
    expect(hoistBodyStyles(html)).toBe(html);
  });
});

describe('rewritePage', () => {
  it('hoists body styles and narrows the policy in one pass, every other byte kept as written', () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${other};"></head><body  class=x><p>a&nbsp;b<style>a{color:red}</style></p></body></html>`;
    expect(rewritePage(html)).toBe(
      `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${red};"><style>a{color:red}</style></head><body  class=x><p>a&nbsp;b</p></body></html>`,
    );
  });

  it('returns a page without policy or body styles unchanged', () => {
    const html = '<html><head><title>t</title></head><body><p>x</p></body></html>';
    expect(rewritePage(html)).toBe(html);
  });
});
