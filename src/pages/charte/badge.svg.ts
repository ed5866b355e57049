import type { APIRoute } from 'astro';
import { BADGE_SIZE, badgeTree, renderSvg } from '../../components/charter/og-image';
import { useTranslations } from '../../lib/ui';

/** The « J’adopte la charte » badge, text drawn as paths so it looks the same on every site. */
export const GET: APIRoute = async () => {
  const t = await useTranslations('fr');
  const svg = await renderSvg(badgeTree(t('charter.badge.line1'), t('charter.badge.line2')), BADGE_SIZE, t('charter.badge.alt'));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
