/**
 * Every address the build writes (pages, share images, badges, feeds), listed and compared with the
 * committed list: moving route files around (one route per page type for both languages) must
 * not change a single URL. A page added or removed on purpose updates the list
 * (`npx vitest run --config vitest.dist.config.ts tests/dist/urls.test.ts -u`), and the diff shows it.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';

/** Returns every file under `dir`, relative to dist/, but the bundles and the search index (named by content hashes). */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(relative(distDir, path)) ? [] : files(path);
    return [relative(distDir, path)];
  });
}

describe('built addresses', () => {
  it('are exactly the committed list', async () => {
    const list = files(distDir).sort();
    expect(list.length).toBeGreaterThan(100);
    await expect(`${list.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/urls.txt');
  });
});
