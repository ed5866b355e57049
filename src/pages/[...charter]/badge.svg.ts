import type { APIRoute } from 'astro';
import { badgeSvgResponse } from '../../components/charter/badge';
import { badgePaths } from '../../views/page-paths';
import type { BadgeText } from '../../components/charter/badge';

/** The adoption badge (SVG), in each language, at the address the route table gives it. */
export const getStaticPaths = () => badgePaths('badgeSvg');

export const GET: APIRoute<{ badge: BadgeText }> = ({ props }) => badgeSvgResponse(props.badge);
