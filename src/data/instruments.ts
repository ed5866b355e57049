/**
 * The questionnaires (`content/diagnostics/<id>.json`) in the reader's language, and the registry
 * every result code is read against. Once per build and language: the texts of
 * `content/diagnostics/<lang>/<id>.json` are laid over each reference, every text typeset and every
 * guide route turned into a link in that language (base path included); pages and islands only render.
 */
import { getCollection } from 'astro:content';
import type { Instrument } from '../schemas/instrument';
import { codeRegistry, prepareInstrument, type RegistryEntry } from '../lib/instrument-view';
import { mergeInstrumentText } from '../lib/instrument-text';
import { instrumentRoute } from '../lib/routes';
import { DEFAULT_LANG, type Lang } from '../lib/locale';
import { url } from './base-path';
import { getRouteMap } from './routes';
import { typesetter } from '../lib/typography';
import { archivedInstruments } from '../lib/instrument-archive';
import { acquiescence, type AcquiescenceFigures } from '../lib/instrument-keying';
import { memo } from './memo';

/** The questionnaires of a language and their code registry. */
interface Instruments {
  instruments: Instrument[];
  registry: RegistryEntry[];
}

const load = memo(async (lang: Lang): Promise<Instruments> => {
  const [entries, texts, routes] = await Promise.all([getCollection('instruments'), getCollection('instrumentTexts'), getRouteMap()]);
  const localized = entries.map((entry) => {
    const base = { id: entry.id, ...entry.data };
    if (lang === DEFAULT_LANG) return base;
    const file = `content/diagnostics/${lang}/${entry.id}.json`;
    const translation = texts.find((t) => t.id === `${lang}/${entry.id}`);
    if (!translation) throw new Error(`${file} manquant : le questionnaire « ${entry.id} » n’a pas de textes en ${lang}`);
    return mergeInstrumentText(base, translation.data, file);
  });
  const link = (route: string) => url(routes.localize(route, lang));
  const instruments = localized.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)).map((i) => prepareInstrument(i, typesetter(lang), link));
  // Built here, so that two questionnaires sharing a code letter fail the build whoever asks first.
  return { instruments, registry: codeRegistry(instruments, (id) => link(instrumentRoute(id))) };
});

/**
 * Returns every questionnaire in `lang`, in `order`, typeset and with guide links in that language.
 * Throws when a translation is missing or does not fit its reference, or when two share a code letter.
 */
export async function getInstruments(lang: Lang = DEFAULT_LANG): Promise<Instrument[]> {
  return (await load(lang)).instruments;
}

/** Returns the result-code registry of the questionnaires in `lang`, with links to their pages in that language. */
export async function getRegistry(lang: Lang = DEFAULT_LANG): Promise<RegistryEntry[]> {
  return (await load(lang)).registry;
}

/** A questionnaire's keying in each of its versions: every archived one, then the current one. */
export interface KeyingVersions {
  instrument: Instrument;
  versions: { version: number; figures: AcquiescenceFigures[] }[];
}

/**
 * Returns, for each questionnaire in `lang`, the keying figures of every version it announces
 * (`earlierVersions`, read from `content/diagnostics/archive/`) and of the current one: the
 * methodology page's versions tables, once per build and language. A version announced but not
 * archived fails the build.
 */
export const getKeying = memo(async (lang: Lang): Promise<KeyingVersions[]> => {
  const archive = archivedInstruments();
  return (await getInstruments(lang)).map((instrument) => ({
    instrument,
    versions: [
      ...instrument.earlierVersions.map((version) => {
        const old = archive.find((a) => a.id === instrument.id && a.version === version);
        if (!old) throw new Error(`content/diagnostics/archive/v${version}/${instrument.id}.json manquant : « earlierVersions » de ${instrument.id} annonce la version ${version}`);
        return { version, figures: acquiescence(old) };
      }),
      { version: instrument.version, figures: acquiescence(instrument) },
    ],
  }));
});
