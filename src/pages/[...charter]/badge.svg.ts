import type { APIRoute } from 'astro';
import { badgeSvgResponse } from '../../components/charter/badge';
import { badgePaths } from '../../views/page-paths';
import type { Lang } from '../../lib/locale';

/** The adoption badge (SVG), in each language, at the address the route table gives it. */
export const getStaticPaths = () => badgePaths('badgeSvg');

export const GET: APIRoute<{ lang: Lang }> = ({ props }) => badgeSvgResponse(props.lang);
