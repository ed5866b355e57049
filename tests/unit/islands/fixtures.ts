/**
 * The islands' data built from the real content, through the functions the views use: the French
 * questionnaires, dictionaries and readiness rules, typeset as the pages typeset them. Each page
 * helper also writes the island's data block into the document, as the page does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { instrumentSchema, type Instrument } from '../../../src/schemas/instrument';
import { readinessSchema } from '../../../src/schemas/readiness';
import { charterSchema } from '../../../src/schemas/charter';
import { formatCharterDate } from '../../../src/lib/charter';
import { qrCodeSvg } from '../../../src/lib/qr';
import { codeRegistry, islandInstrument, prepareInstrument } from '../../../src/lib/instrument-view';
import { questionnaireInstrument, splitInstrument } from '../../../src/lib/island-instrument';
import { dataBlockText, pickStrings } from '../../../src/lib/island-props';
import { ADOPT_CERTIFICATE_STRINGS, ADOPT_FORM_STRINGS, RESULT_STRINGS, SESSION_STRINGS, STEP_STRINGS, TEAM_STRINGS } from '../../../src/lib/island-strings';
import { teamInstrumentOf } from '../../../src/lib/team-summary';
import { typesetter } from '../../../src/lib/typography';
import { translator } from '../../../src/lib/i18n';
import type { AssessmentData, AssessmentProps } from '../../../src/components/islands/assessment/types';
import type { TeamData } from '../../../src/components/islands/team/types';
import type { AdoptCertificateData, AdoptCertificateProps } from '../../../src/components/islands/AdoptCertificate';

const typeset = typesetter('fr');
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every French interface string, typeset. */
export const dictionary: Record<string, string> = Object.fromEntries(
  readdirSync('content/i18n/fr')
    .flatMap((file) => Object.entries(json(`content/i18n/fr/${file}`) as Record<string, string>))
    .map(([key, value]) => [key, typeset(value)]),
);

/** Translator over every French string: expected texts come from here, not from literals. */
export const t = translator(dictionary, 'fr');

/** The French questionnaires, in their order, typeset, guide routes as they are. */
export const instruments: Instrument[] = readdirSync('content/diagnostics')
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ id: file.replace(/\.json$/, ''), ...instrumentSchema.parse(json(`content/diagnostics/${file}`)) }))
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
  .map((instrument) => prepareInstrument(instrument, typeset, (route) => route));

export const registry = codeRegistry(instruments, (id) => `/diagnostic/${id}/`);

/** Returns questionnaire `id`. */
export function instrument(id: string): Instrument {
  return instruments.find((i) => i.id === id)!;
}

/** Writes the data block `id` into the document, as `IslandData.astro` does. */
function writeBlock(id: string, data: unknown): void {
  document.getElementById(id)?.remove();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = dataBlockText(data);
  document.body.append(script);
}

/** The assessment page of questionnaire `id`: the island's props, its data block written. */
export function assessmentPage(id: string): AssessmentProps {
  const { step, rest } = splitInstrument(islandInstrument(instrument(id)));
  const dataId = `${id}-data`;
  const data: AssessmentData = {
    instrument: rest,
    registry,
    strings: pickStrings(dictionary, RESULT_STRINGS),
  };
  writeBlock(dataId, data);
  return { dataId, instrument: step, strings: pickStrings(dictionary, STEP_STRINGS) };
}

/** The team page: its data block written; returns the island's props. */
export function teamPage(): { dataId: string } {
  const data: TeamData = {
    instruments: instruments.map(teamInstrumentOf),
    registry,
    readiness: readinessSchema.parse(parse(readFileSync('content/readiness/regles.yaml', 'utf8'))),
    strings: pickStrings(dictionary, TEAM_STRINGS),
    session: {
      instruments: instruments.map((i) => questionnaireInstrument(islandInstrument(i))),
      strings: { ...pickStrings(dictionary, SESSION_STRINGS), 'diagnostic.review.show': t('team.session.run.submit'), 'diagnostic.review.step': t('team.session.run.reviewStep') },
    },
    locale: 'fr-FR',
  };
  writeBlock('team-data', data);
  return { dataId: 'team-data' };
}

/** The French charter, as its collection entry validates it. */
export const charter = charterSchema.parse(parse(readFileSync('content/charte/fr/charte.yaml', 'utf8')));

/** The charter's adoption page: its data block written; returns the island's props. */
export async function adoptPage(): Promise<AdoptCertificateProps> {
  const url = 'https://vente-engagee.fr/charte/';
  const data: AdoptCertificateData = {
    strings: pickStrings(dictionary, ADOPT_CERTIFICATE_STRINGS),
    charter: { title: typeset(charter.title), version: charter.version, date: formatCharterDate(charter.date), count: charter.articles.length, url, site: new URL(url).host, publisher: t('site.name') },
    qrSvg: await qrCodeSvg(url, t('charter.qr.label')),
    locale: 'fr-FR',
  };
  writeBlock('adopt-data', data);
  return { dataId: 'adopt-data', strings: pickStrings(dictionary, ADOPT_FORM_STRINGS) };
}
