import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appPages } from '../support/route-table';
import { distDir } from '../support/dist';

describe('the tests’ route table (tests/support/route-table.ts)', () => {
  const pages = appPages();

  test('holds the content pages, the questionnaires and both charters', () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.some((p) => p.fr === '/guide/')).toBe(true);
    expect(pages.some((p) => p.fr === '/charte/entreprises/article-1/')).toBe(true);
  });

  test('names only pages the build wrote, in both languages', () => {
    const missing = pages.flatMap((p) => [p.fr, p.en]).filter((route) => !existsSync(join(distDir, /\.\w+$/.test(route) ? route : `${route}index.html`)));
    expect(missing).toEqual([]);
  });
});
