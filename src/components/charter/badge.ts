/**
 * The « J’adopte la charte » badge in each language, as SVG (text drawn as paths, so it looks the
 * same on every site) and as PNG (for e-mail clients that refuse SVG). The route files under
 * `src/pages/[...charter]/badge.svg.ts` and `badge.png.ts` serve these, in both languages.
 */
import { BADGE_SIZE, badgeTree, renderPng, renderSvg } from './og-image';

/** What the badge says in one language: its three lines (the third names the version) and its text alternative. */
export interface BadgeText {
  lines: [string, string, string];
  alt: string;
}

/** The badge names the version it stands for: a signatory adopts one version (see the versioning rules). */
function badgeSvg({ lines, alt }: BadgeText): Promise<string> {
  return renderSvg(badgeTree(...lines), BADGE_SIZE, alt);
}

/** Returns the SVG badge response for `text` (src/views/page-paths.ts badgePaths gives it in each language). */
export async function badgeSvgResponse(text: BadgeText): Promise<Response> {
  return new Response(await badgeSvg(text), { headers: { 'Content-Type': 'image/svg+xml' } });
}

/** Returns the PNG badge response for `text`. */
export async function badgePngResponse(text: BadgeText): Promise<Response> {
  return new Response(renderPng(await badgeSvg(text), BADGE_SIZE.width), { headers: { 'Content-Type': 'image/png' } });
}
