import type { APIRoute } from 'astro';
import { badgePngResponse } from '../../components/charter/badge';

/** The adoption badge in French (PNG). */
export const GET: APIRoute = () => badgePngResponse('fr');
