/**
 * The « J’adopte la charte » badge in each language, as SVG (text drawn as paths, so it looks the
 * same on every site) and as PNG (for e-mail clients that refuse SVG). The route files under
 * `src/pages/[...charter]/badge.svg.ts` and `badge.png.ts` serve these, in both languages.
 */
import { BADGE_SIZE, badgeTree, renderPng, renderSvg } from './og-image';
import { getCharter } from '../../data/charter';
import type { Lang } from '../../lib/locale';
import { getTranslator } from '../../data/dictionaries';

/** The badge names the version it stands for: a signatory adopts one version (see the versioning rules). */
async function badgeSvg(lang: Lang): Promise<string> {
  const [t, { version }] = await Promise.all([getTranslator(lang), getCharter(lang, 'salesperson')]);
  return renderSvg(badgeTree(t('charter.badge.line1'), t('charter.badge.line2'), t('charter.badge.line3', { version })), BADGE_SIZE, t('charter.badge.alt', { version }));
}

/** Returns the SVG badge response in `lang`. */
export async function badgeSvgResponse(lang: Lang): Promise<Response> {
  return new Response(await badgeSvg(lang), { headers: { 'Content-Type': 'image/svg+xml' } });
}

/** Returns the PNG badge response in `lang`. */
export async function badgePngResponse(lang: Lang): Promise<Response> {
  return new Response(renderPng(await badgeSvg(lang), BADGE_SIZE.width), { headers: { 'Content-Type': 'image/png' } });
}
