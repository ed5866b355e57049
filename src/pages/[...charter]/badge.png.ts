import type { APIRoute } from 'astro';
import { badgePngResponse } from '../../components/charter/badge';
import { badgePaths } from '../../views/page-paths';
import type { BadgeText } from '../../components/charter/badge';

/** The adoption badge (PNG, for e-mail clients that refuse SVG), in each language. */
export const getStaticPaths = () => badgePaths('badgePng');

export const GET: APIRoute<{ badge: BadgeText }> = ({ props }) => badgePngResponse(props.badge);
