/**
 * Share images and the adoption badge, drawn at build time with satori (layout and text as SVG
 * paths, Inter from @fontsource) and rasterised with resvg. No network, no external service.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** Width and height of an Open Graph image, the size LinkedIn and X display best. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Intrinsic size of the badge; pages display it at half this size. */
export const BADGE_SIZE = { width: 440, height: 112 } as const;

/** What a share image says. */
export interface OgCard {
  /** Small line above the title (« Article 3 de la charte éthique du commercial »). */
  kicker: string;
  /** Large title. */
  title: string;
  /** A sentence under the title (the commitment, the charter's description). */
  text: string;
  /** Bottom line: address, version, licence. */
  footer: string;
}

/** The subset of a satori element we build: a tag, its style, its children. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string; [attr: string]: unknown };
}

const h = (type: string, style: Record<string, string | number>, children?: (Node | string)[] | Node | string, attrs: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...attrs, style, ...(children === undefined ? {} : { children }) },
});

const COLORS = { deep: '#0a3a6b', accent: '#0b5cab', light: '#e4eefa', white: '#ffffff', soft: '#c6dbf5' };

const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** Loads Inter (regular and bold) once; satori reads .woff, not .woff2. */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The check mark used on images and the badge, as an SVG element satori can draw. */
function checkMark(size: number, background: string, stroke: string): Node {
  return h('svg', { width: size, height: size }, [
    h('rect', {}, undefined, { width: 32, height: 32, rx: 8, fill: background }),
    h('path', {}, undefined, { d: 'M9 17l5 5 9-11', stroke, 'stroke-width': 3.5, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  ], { viewBox: '0 0 32 32', width: size, height: size });
}

/** Returns the satori tree of a share image. */
export function ogCardTree(card: OgCard, siteName: string): Node {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: '100%',
      height: '100%',
      padding: '64px 72px',
      boxSizing: 'border-box',
      backgroundColor: COLORS.deep,
      backgroundImage: `linear-gradient(135deg, ${COLORS.deep} 0%, ${COLORS.accent} 100%)`,
      color: COLORS.white,
      fontFamily: 'Inter',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 18, fontSize: 30, fontWeight: 700 }, [checkMark(48, COLORS.white, COLORS.accent), siteName]),
      h('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
        h('div', { fontSize: 30, color: COLORS.soft }, card.kicker),
        h('div', { fontSize: card.title.length > 40 ? 58 : 70, fontWeight: 700, lineHeight: 1.1 }, card.title),
        h('div', { fontSize: card.text.length > 150 ? 28 : 32, lineHeight: 1.35, color: COLORS.light }, card.text),
      ]),
      h('div', { display: 'flex', fontSize: 24, color: COLORS.soft }, card.footer),
    ],
  );
}

/** Returns the badge's satori tree: « J’adopte la charte / éthique du commercial », then a smaller third line if given (the version). */
export function badgeTree(line1: string, line2: string, line3?: string): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: 20,
      width: '100%',
      height: '100%',
      padding: '0 28px',
      boxSizing: 'border-box',
      borderRadius: 24,
      backgroundColor: COLORS.accent,
      color: COLORS.white,
      fontFamily: 'Inter',
    },
    [
      checkMark(60, COLORS.white, COLORS.accent),
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h('div', { fontSize: line3 ? 31 : 34, fontWeight: 700, lineHeight: 1.15 }, line1),
        h('div', { fontSize: line3 ? 26 : 28, lineHeight: 1.2 }, line2),
        ...(line3 ? [h('div', { fontSize: 21, lineHeight: 1.2, color: COLORS.soft }, line3)] : []),
      ]),
    ],
  );
}

/** Returns `tree` drawn as SVG (text as paths), with `label` as its accessible name and no style attribute. */
export async function renderSvg(tree: Node, size: { width: number; height: number }, label: string): Promise<string> {
  const svg = await satori(tree as never, { ...size, fonts: await loadFonts() });
  if (/\sstyle=/.test(svg)) throw new Error('satori a produit un attribut style, interdit par la politique de sécurité du site.');
  const name = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${name}" `).replace(/(<svg[^>]*>)/, `$1<title>${name}</title>`);
}

/** Returns `svg` rasterised as PNG at `width` pixels. */
export function renderPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

/**
 * Returns a 1200×630 share image as PNG: `card` (kicker, title, text, footer) under the site's
 * name. The one entry point any page's share image needs; `title` is also the SVG's accessible name.
 */
export async function renderOgPng(card: OgCard, siteName: string): Promise<Uint8Array<ArrayBuffer>> {
  return renderPng(await renderSvg(ogCardTree(card, siteName), OG_SIZE, card.title), OG_SIZE.width);
}
