/**
 * Every page of the sitemap announces a share image of 1200 × 630 that the build wrote
 * (src/integrations/og-pages.ts), with its alternative text and the large-card hint for X.
 * Read from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { basePath, distDir, sitemapPaths } from '../support/dist';

/** Width and height written in a PNG's header (IHDR chunk). */
function pngSize(file: string): { width: number; height: number } | undefined {
  const head = readFileSync(file).subarray(0, 24);
  if (head.toString('latin1', 1, 4) !== 'PNG' || head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

test('chaque page du plan du site a une image de partage de 1200 × 630 qui existe', () => {
  const problems: string[] = [];
  const paths = sitemapPaths();
  for (const path of paths) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const image = meta('og:image');
    if (!image) {
      problems.push(`/${path} : pas de og:image`);
      continue;
    }
    const file = join(distDir, new URL(image).pathname.slice(basePath.length));
    const size = existsSync(file) ? pngSize(file) : undefined;
    if (!size) problems.push(`/${path} : ${image} n’est pas un PNG du build`);
    else if (size.width !== 1200 || size.height !== 630) problems.push(`/${path} : ${size.width} × ${size.height}`);
    if (!meta('og:image:alt')?.trim()) problems.push(`/${path} : pas de og:image:alt`);
    if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') problems.push(`/${path} : dimensions absentes`);
    if (meta('twitter:card') !== 'summary_large_image') problems.push(`/${path} : twitter:card`);
  }
  expect(paths.length).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});
