/**
 * Draws the share image of every built page that points to its own (`<page>/og.png`: all pages but
 * the charter's, which have their own): its title, section, description and the site's name, in
 * the page's language, read back from the page's head. Same generator as the charter's images
 * (satori, resvg, Inter). Each image is drawn once per page and language; an image whose card
 * did not change since the last build is copied from the cache instead of drawn again.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OG_SIZE, ogCardTree, renderPng, renderSvg } from '../components/charter/og-image';
import { readPageCard, shorten, type PageCard } from '../lib/og';

/** Returns the PNG of `card`. */
export async function drawPageCard(card: PageCard): Promise<Uint8Array> {
  const address = new URL(card.url);
  const tree = ogCardTree(
    { kicker: card.section, title: shorten(card.title, 90), text: shorten(card.description, 170), footer: `${address.host}${address.pathname}` },
    card.siteName,
  );
  return renderPng(await renderSvg(tree, OG_SIZE, card.title), OG_SIZE.width);
}

export function ogPages(): AstroIntegration {
  let base = '/';
  let cache = '';
  return {
    name: 'og-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cache = join(fileURLToPath(config.cacheDir), 'og-pages');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const generator = await readFile(fileURLToPath(new URL('../components/charter/og-image.ts', import.meta.url)), 'utf8').catch(() => '');
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const cards = new Map<string, PageCard>();
        for (const file of files) {
          const card = readPageCard(await readFile(join(root, file), 'utf8'), base);
          if (card) cards.set(card.image, card);
        }
        await mkdir(cache, { recursive: true });
        let drawn = 0;
        for (const card of cards.values()) {
          const target = join(root, card.image);
          const cached = join(cache, `${createHash('sha256').update(generator).update(JSON.stringify(card)).digest('hex').slice(0, 24)}.png`);
          await mkdir(dirname(target), { recursive: true });
          try {
            await copyFile(cached, target);
          } catch {
            const png = await drawPageCard(card);
            await writeFile(target, png);
            await writeFile(cached, png);
            drawn += 1;
          }
        }
        logger.info(`${cards.size} images de partage (${drawn} dessinées, ${cards.size - drawn} reprises du cache) en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
