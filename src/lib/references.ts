/**
 * Legal references (`content/site/references.yaml`, see src/schemas/references.ts): the citation
 * tokens a text contains, those no reference covers, and the references whose check is too old.
 * Pure: the date to compare with is passed in.
 */
import type { LegalReference } from '../schemas/references';

/** How long a check stays valid, in days. */
export const CHECK_VALIDITY_DAYS = 365;

/** Patterns of what a legal citation looks like in the site's texts, each giving one or more tokens. */
const PATTERNS: readonly RegExp[] = [
  // Code articles with a letter: « L. 221-3 », « D. 223-8 », « R. 34-5 ».
  /(?<![\p{L}\d])([LRD])\.\s?(\d+(?:-\d+)*)/gu,
  // Case numbers of the Cour de cassation: « 22-22.709 ».
  /(?<![\d.-])(\d{2}-\d{2}\.\d{3})(?![\d.])/g,
  // Laws and decrees by number: « loi n° 2022-401 », « law no. 2022-401 ».
  /(?:n°|[Nn]o\.)\s?(\d{4}-\d+)/g,
  // CNIL decisions: « SAN-2024-020 ».
  /\b(SAN-\d{4}-\d{3})\b/g,
  // EU acts: « (UE) 2024/1689 », « (EU) 2016/679 ».
  /\((?:UE|EU)\)\s?(\d{4}\/\d+)/g,
];

/** Numbered articles after « art. » (« art. 1143 », « art. 5 et 6 », « art. 445-1 and 445-2 »). */
const PLAIN_ARTICLES = /\bart\.\s?(\d+(?:-\d+)*(?:\s?(?:,|et|and|à|to)\s?\d+(?:-\d+)*)*)/g;

/** Returns the citation tokens of `text`, normalised (`L. 221-3`, `1143`, `22-22.709`, `2022-401`…), each once, in order. */
export function citationTokens(text: string): string[] {
  const flat = text.replace(/[\u00A0\u202F]/g, ' ');
  const tokens: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of flat.matchAll(pattern)) tokens.push(match.length > 2 && match[2] !== undefined ? `${match[1]}. ${match[2]}` : match[1]!);
  }
  for (const match of flat.matchAll(PLAIN_ARTICLES)) tokens.push(...match[1]!.split(/\s?(?:,|et|and|à|to)\s?/).map((n) => n.trim()));
  return [...new Set(tokens)];
}

/** Returns one problem per citation in `texts` (by where they come from) that no reference covers; empty when all are covered. */
export function uncoveredCitations(texts: readonly { where: string; text: string }[], references: readonly Pick<LegalReference, 'cites'>[]): string[] {
  const covered = new Set(references.flatMap((r) => r.cites));
  return texts.flatMap(({ where, text }) => citationTokens(text).filter((token) => !covered.has(token)).map((token) => `${where} : « ${token} » n’est dans aucune référence`));
}

/** Returns the ids of the references checked more than `CHECK_VALIDITY_DAYS` days before `today`. */
export function staleReferences(references: readonly Pick<LegalReference, 'id' | 'checked'>[], today: Date): string[] {
  const limit = today.getTime() - CHECK_VALIDITY_DAYS * 86_400_000;
  return references.filter((r) => r.checked !== null && r.checked.getTime() < limit).map((r) => r.id);
}

/** Returns one problem per id in `ids` (by where they are used) that names no reference. */
export function unknownReferenceIds(used: readonly { where: string; id: string }[], known: ReadonlySet<string>): string[] {
  return used.filter(({ id }) => !known.has(id)).map(({ where, id }) => `${where} : la référence « ${id} » n’existe pas dans content/site/references.yaml`);
}
