import type { APIRoute } from 'astro';
import { BADGE_SIZE, badgeTree, renderPng, renderSvg } from '../../components/charter/og-image';
import { useTranslations } from '../../lib/ui';

/** The badge as PNG, for e-mail clients that refuse SVG images. */
export const GET: APIRoute = async () => {
  const t = await useTranslations('fr');
  const svg = await renderSvg(badgeTree(t('charter.badge.line1'), t('charter.badge.line2')), BADGE_SIZE, t('charter.badge.alt'));
  return new Response(renderPng(svg, BADGE_SIZE.width), { headers: { 'Content-Type': 'image/png' } });
};
