/**
 * The readiness rules of the team view (`content/readiness/regles.yaml`) in the reader's language:
 * texts of `content/readiness/<lang>/regles.yaml` laid over the reference, then typeset, once per
 * build and language. A missing or mismatched translation fails the build, naming the file.
 */
import { getEntry } from 'astro:content';
import type { Readiness } from '../schemas/readiness';
import { mapText } from '../lib/data-text';
import { DEFAULT_LANG, type Lang } from '../lib/locale';
import { mergeReadinessText, READINESS_TEXT } from '../lib/readiness-text';
import { typesetter } from '../lib/typography';
import { memo } from './memo';

const REFERENCE = 'content/readiness/regles.yaml';

async function load(lang: Lang): Promise<Readiness> {
  const base = await getEntry('readiness', 'regles');
  if (!base) throw new Error(`${REFERENCE} est introuvable.`);
  let rules = base.data;
  if (lang !== DEFAULT_LANG) {
    const file = `content/readiness/${lang}/regles.yaml`;
    const texts = await getEntry('readinessTexts', `${lang}/regles`);
    if (!texts) throw new Error(`${file} est introuvable : le jeu de règles n’a pas de textes en ${lang}.`);
    rules = mergeReadinessText(base.data, texts.data, file);
  }
  return mapText(rules, typesetter(lang), READINESS_TEXT);
}

/** Returns the readiness rules in `lang`, texts translated and typeset (read once per build and language). */
export const getReadiness: (lang: Lang) => Promise<Readiness> = memo(load);
