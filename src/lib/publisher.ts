/**
 * Facts about the publisher (`content/site/editeur.yaml`, see src/schemas/publisher.ts): which
 * are still unknown, and the error-report link built from the contact address. Pure.
 */
import type { Publisher } from '../schemas/publisher';

/** Returns the dotted paths of the facts still unknown (`null`), in the file's order (`director`, `host.name`…). */
export function missingFacts(data: Publisher): string[] {
  const walk = (value: unknown, path: string): string[] => {
    if (value === null) return [path];
    if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => walk(v, path ? `${path}.${key}` : key));
    return [];
  };
  return walk(data, '');
}

/** Returns one build warning per unknown fact, naming the file and the field. */
export function missingFactWarnings(data: Publisher, file: string): string[] {
  return missingFacts(data).map((field) => `${file} : champ « ${field} » à compléter (la page l’affiche comme tel)`);
}

/**
 * Returns the `mailto:` address that reports an error on the page at `pageUrl` (absolute): the
 * subject reads `<subject> <pageUrl>`, percent-encoded (spaces as %20, never +, which mail
 * programs would show as is).
 */
export function reportMailto(email: string, subject: string, pageUrl: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(`${subject} ${pageUrl}`)}`;
}
