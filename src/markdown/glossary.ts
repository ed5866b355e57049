/**
 * Reads the glossary files for the Markdown step and the glossary page (build side): the only file
 * reading of the glossary, kept out of src/lib/ so that lib stays pure. The rendering and the
 * popovers themselves are pure functions of src/lib/glossary.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossary, type Glossary } from '../schemas/glossary';

const cache = new Map<string, { glossary: Glossary; more: string }>();

/** Reads, validates and caches the glossary of `lang` and its « see the glossary » label (build side). */
export function loadGlossary(lang: 'fr' | 'en', root = process.cwd()): { glossary: Glossary; more: string } {
  const known = cache.get(lang);
  if (known) return known;
  const file = `content/glossary/${lang}.json`;
  const glossary = parseGlossary(JSON.parse(readFileSync(join(root, file), 'utf8')), file);
  const strings = JSON.parse(readFileSync(join(root, `content/i18n/${lang}/reader.json`), 'utf8')) as Record<string, string>;
  const more = strings['glossary.more'];
  if (!more) throw new Error(`content/i18n/${lang}/reader.json : clé « glossary.more » manquante`);
  const loaded = { glossary, more };
  cache.set(lang, loaded);
  return loaded;
}
