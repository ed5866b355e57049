/**
 * Reads the charter collection once per build. The two entries are told apart by `kind`;
 * a missing one fails the build with the file to create.
 */
import { getEntry } from 'astro:content';
import { isBuyersPage, isCharter, type BuyersPage, type Charter } from '../../schemas/charter';
import { url } from '../../lib/paths';

/** Returns the charter (`content/charte/charte.yaml`). */
export async function getCharter(): Promise<Charter> {
  const entry = await getEntry('charter', 'charte');
  if (!entry || !isCharter(entry.data)) throw new Error('La charte est introuvable : créez content/charte/charte.yaml avec « kind: charte ».');
  return entry.data;
}

/** Returns the page for buyers (`content/charte/acheteurs.yaml`). */
export async function getBuyersPage(): Promise<BuyersPage> {
  const entry = await getEntry('charter', 'acheteurs');
  if (!entry || !isBuyersPage(entry.data)) throw new Error('La page des acheteurs est introuvable : créez content/charte/acheteurs.yaml avec « kind: acheteurs ».');
  return entry.data;
}

/** Returns the absolute address of a site-relative route (base path included), for sharing and QR codes. */
export function absoluteUrl(route: string, site: URL | undefined): string {
  if (!site) throw new Error('L’option « site » d’Astro est requise pour construire les adresses de partage.');
  return new URL(url(route), site).href;
}
