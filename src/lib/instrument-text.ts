/**
 * Lays the texts of a questionnaire in another language over its reference file. Pure: the
 * collection loader validates each file alone; this cross-checks the pair and fails, naming the
 * file and every mismatch, so that no reader meets a missing or misplaced text.
 */
import type { Instrument } from '../schemas/instrument';
import type { InstrumentText } from '../schemas/instrument-text';

/** Returns `base` with every text replaced by its translation in `texts`; throws listing each mismatch. */
export function mergeInstrumentText(base: Instrument, texts: InstrumentText, file: string): Instrument {
  const problems: string[] = [];
  const expectKeys = (what: string, expected: readonly string[], actual: readonly string[]) => {
    for (const id of expected) if (!actual.includes(id)) problems.push(`${what} « ${id} » sans traduction`);
    for (const id of actual) if (!expected.includes(id)) problems.push(`${what} « ${id} » inconnue du fichier de référence`);
  };
  expectKeys('dimension', base.dimensions.map((d) => d.id), Object.keys(texts.dimensions));
  expectKeys('item', base.items.map((i) => i.id), Object.keys(texts.items));
  if (texts.intro.length !== base.intro.length) problems.push(`intro : ${texts.intro.length} paragraphe(s) au lieu de ${base.intro.length}`);
  const profile = base.results.type === 'profile';
  const profileTexts = [texts.results.noIndex, texts.results.risk].filter((text) => text !== undefined).length;
  if (profile && profileTexts !== 2) problems.push('results : « noIndex » et « risk.message » attendus (questionnaire de profil)');
  if (!profile && profileTexts > 0) problems.push('results : « noIndex » et « risk » réservés aux questionnaires de profil');
  const dimensions = base.dimensions.map((d) => {
    const t = texts.dimensions[d.id];
    if (!t) return d;
    if (t.bands.length !== d.bands.length) problems.push(`dimension « ${d.id} » : ${t.bands.length} tranche(s) au lieu de ${d.bands.length}`);
    const bands = d.bands.map((band, b) => {
      const bt = t.bands[b];
      if (!bt) return band;
      if (bt.actions.length !== band.actions.length) problems.push(`dimension « ${d.id} », tranche ${b + 1} : ${bt.actions.length} action(s) au lieu de ${band.actions.length}`);
      return { ...band, label: bt.label, interpretation: bt.interpretation, actions: bt.actions };
    });
    return { ...d, name: t.name, shortName: t.shortName, description: t.description, bands };
  });
  const items = base.items.map((item) => {
    const t = texts.items[item.id];
    if (!t) return item;
    if ((t.label === undefined) !== (item.label === undefined)) problems.push(`item « ${item.id} » : « label » attendu ${item.label === undefined ? 'absent' : 'présent'}`);
    return { ...item, text: t.text, ...(t.label === undefined ? {} : { label: t.label }) };
  });
  if (problems.length > 0) throw new Error(`${file} ne correspond pas à content/diagnostics/${base.id}.json :\n- ${problems.join('\n- ')}`);
  const results =
    base.results.type === 'profile'
      ? { ...base.results, highest: texts.results.highest, lowest: texts.results.lowest, noIndex: texts.results.noIndex!, risk: { ...base.results.risk, message: texts.results.risk!.message } }
      : { ...base.results, highest: texts.results.highest, lowest: texts.results.lowest };
  return {
    ...base,
    title: texts.title,
    shortTitle: texts.shortTitle,
    description: texts.description,
    intro: texts.intro,
    audience: texts.audience,
    scale: texts.scale,
    results,
    dimensions,
    items,
  };
}
