import type { APIRoute } from 'astro';
import { badgeSvgResponse } from '../../../components/charter/badge';

/** The adoption badge in English (SVG). */
export const GET: APIRoute = () => badgeSvgResponse('en');
