import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, pageAssets } from '../support/page-assets';

describe('importsOf', () => {
  it('finds static imports and re-exports, relative only', () => {
    const code = 'import{a}from"./a.js";import"./side.js";export{b}from"../b.js";import x from"preact";';
    expect(importsOf(code)).toEqual(['./a.js', './side.js', '../b.js']);
  });

  it('finds dynamic imports with a literal specifier, with or without a comment', () => {
    const code = 'const m=await import(`./signals.js`);import(/* @vite-ignore */ "./later.js");';
    expect(importsOf(code)).toEqual(['./signals.js', './later.js']);
  });

  it('cannot follow a computed specifier', () => {
    expect(importsOf('import(`${bundle}pagefind.js`)')).toEqual([]);
  });
});

describe('pageAssets', () => {
  /** Writes `files` in a fresh folder and returns it. */
  function site(files: Record<string, string>): string {
    const dist = mkdtempSync(join(tmpdir(), 'page-assets-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, name)), { recursive: true });
      writeFileSync(join(dist, name), text);
    }
    return dist;
  }

  const modules = {
    '_astro/island.js': 'import{h}from"./preact.js";export default h;',
    '_astro/preact.js': 'export const h=1;',
    '_astro/client.js': 'import"./preact.js";const s=()=>import(`./signals.module.AbC1.js`);const l=()=>import("./lazy.js");',
    '_astro/signals.module.AbC1.js': 'export const signal=1;',
    '_astro/lazy.js': 'export default 2;',
  };

  it('follows static and dynamic imports from the islands, and leaves out Signals without signal props', () => {
    const dist = site({ ...modules, 'index.html': '<astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>' });
    const names = pageAssets(dist, '/', '').modules.map((f) => f.slice(dist.length + 1)).sort();
    expect(names).toEqual(['_astro/client.js', '_astro/island.js', '_astro/lazy.js', '_astro/preact.js']);
  });

  it('counts Signals when an island has signal props', () => {
    const html = '<astro-island data-preact-signals="{}" component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>';
    const dist = site({ ...modules, 'index.html': html });
    expect(pageAssets(dist, '/', '').modules.some((f) => f.endsWith('signals.module.AbC1.js'))).toBe(true);
  });
});
