/**
 * A session on one shared device: each person in turn takes the questionnaire here (the steps and
 * review of the assessment island, on its stores); when they finish, their code joins the session
 * without being shown, and the screen returns to a neutral « next person » state. The facilitator
 * sees only the count until the threshold is reached, then the figures under the team view's
 * rules. Everything stays in this component's memory: closing the page ends the session.
 *
 * A chunk of its own, loaded by the team view as it hydrates together with every questionnaire and
 * the strings of the page's language (`preloadSession`): a session then starts without any request,
 * so the site never learns that one started, nor with which questionnaire.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $answers, $shown, $step, finish, goToStep, restart } from '../../../stores/assessment';
import { decodeResult } from '../../../lib/result-code';
import { typesetter } from '../../../lib/typography';
import { mergeInstrumentText } from '../../../lib/instrument-text';
import { islandInstrument, prepareInstrument, type IslandInstrument, type RegistryEntry } from '../../../lib/instrument-view';
import { STEP_STRINGS } from '../../../lib/island-strings';
import { pickStrings } from '../../../lib/island-data';
import type { summarize, TeamCode, TeamInstrument } from '../../../lib/team-summary';
import type { Instrument } from '../../../schemas/instrument';
import type { InstrumentText } from '../../../schemas/instrument-text';
import { Step } from '../assessment/Step';
import { Review } from '../assessment/Review';
import type { T, translator } from '../../../lib/i18n';
import type { Num } from './types';
// The questionnaire's styles travel in this chunk and are adopted while a session runs (a constructed
// stylesheet: no request, and no inline <style> for the page's CSP to refuse).
import assessmentCss from './session.css?inline';
import { adoptStyles } from '../shared/adopt-styles';

const references = import.meta.glob<Omit<Instrument, 'id'>>('/content/diagnostics/*.json', { import: 'default' });
const translations = import.meta.glob<InstrumentText>('/content/diagnostics/*/*.json', { import: 'default' });
const dictionaries = import.meta.glob<Record<string, string>>('/content/i18n/*/{diagnostic,team}.json', { import: 'default' });

/** Loaded data: the questionnaire, and the strings of its steps and review and of the session, typeset. */
interface Loaded {
  instrument: IslandInstrument;
  strings: Record<string, string>;
}

/**
 * Loads every questionnaire and the strings of `lang` now, so that starting a session later sends no
 * request. Resolves when they are all in the module cache.
 */
export async function preloadSession(lang: string): Promise<void> {
  const wanted = (path: string) => !/\/content\/diagnostics\/[^/]+\/|\/content\/i18n\//.test(path) || path.includes(`/${lang}/`);
  await Promise.all([references, translations, dictionaries].flatMap((modules) => Object.entries(modules).filter(([path]) => wanted(path)).map(([, load]) => load())));
}

/** Returns the questionnaire `id` and the strings in `lang`, as the assessment page prepares them. */
async function load(id: string, lang: string): Promise<Loaded> {
  const typeset = typesetter(lang);
  const reference = { id, ...(await references[`/content/diagnostics/${id}.json`]!()) } as Instrument;
  const translated = lang === 'fr' ? reference : mergeInstrumentText(reference, await translations[`/content/diagnostics/${lang}/${id}.json`]!(), `content/diagnostics/${lang}/${id}.json`);
  const dictionary = await dictionaries[`/content/i18n/${lang}/diagnostic.json`]!();
  const team = await dictionaries[`/content/i18n/${lang}/team.json`]!();
  const strings = { ...pickStrings(dictionary, [...STEP_STRINGS, 'diagnostic.review']), ...pickStrings(team, ['team.session.run']) };
  return { instrument: islandInstrument(prepareInstrument(translated, typeset, (route) => route)), strings: Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, typeset(v)])) };
}

interface Props {
  /** The team view's table, aggregation and translator, passed in so that this chunk does not carry them again. */
  GroupView: typeof import('./GroupView').GroupView;
  summarize: typeof summarize;
  translator: typeof translator;
  instrument: TeamInstrument;
  registry: RegistryEntry[];
  threshold: number;
  lang: string;
  t: T;
  num: Num;
  onEnd: () => void;
}

export function Session({ GroupView, summarize, translator, instrument: team, registry, threshold, lang, t, num, onEnd }: Props) {
  const [data, setData] = useState<Loaded | null | 'error'>(null);
  const [codes, setCodes] = useState<Map<string, TeamCode>>(new Map());
  const [phase, setPhase] = useState<'next' | 'taking' | 'summary'>('next');
  const [announce, setAnnounce] = useState('');
  const answers = useStore($answers);
  const step = useStore($step);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    restart();
    const drop = adoptStyles(assessmentCss);
    load(team.id, lang).then(setData, () => setData('error'));
    return () => {
      restart();
      drop();
    };
  }, []);

  // Each new screen (next person, a step, the review, the summary) gets the focus on its heading.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('h2, h3')?.focus();
  }, [phase, step, data]);

  const d = typeof data === 'object' ? data : null;
  const st = useMemo(() => (d ? translator(d.strings) : null), [d]);
  if (data === 'error') return <p class="callout warning" role="alert">{t('team.session.error')}</p>;
  if (!d || !st) return <p role="status">{t('team.loading')}</p>;

  const groups = d.instrument.dimensions.map((dim) => dim.items);
  const spec = registry.find((r) => r.id === team.id && r.version === team.version)!;
  const steps = d.instrument.dimensions.length;
  const count = codes.size;

  const done = () => {
    finish(spec, groups);
    const code = $shown.get()?.code;
    const decoded = code ? decodeResult(code, registry) : undefined;
    restart();
    if (decoded?.ok) setCodes((current) => new Map(current).set(code!, decoded.value));
    setAnnounce(st('team.session.run.added'));
    setPhase('next');
  };
  const summary = summarize([...codes.values()], [team], threshold);
  const group = summary.groups.find((g) => g.version === team.version);

  return (
    <section class="session" ref={root} aria-labelledby="session-title">
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      {phase === 'taking' ? (
        <div class="assessment">
          {step < steps ? (
            <Step instrument={d.instrument} index={step} items={groups[step]!} answers={answers} ready t={st} onNext={() => goToStep(step + 1)} onBack={() => (step === 0 ? (restart(), setPhase('next')) : goToStep(step - 1))} />
          ) : (
            <Review instrument={d.instrument} groups={groups} answers={answers} t={st} onGoTo={(to) => goToStep(to)} onBack={() => goToStep(steps - 1)} onShow={done} />
          )}
        </div>
      ) : phase === 'summary' && group?.status === 'shown' ? (
        <>
          <h2 id="session-title" tabIndex={-1}>
            {st('team.session.run.summaryTitle', { name: team.shortTitle })}
          </h2>
          <GroupView instrument={team} count={group.count} threshold={summary.threshold} dimensions={group.dimensions} t={t} num={num} />
          <p>
            <button type="button" class="button secondary" onClick={() => setPhase('next')}>
              {st('team.session.run.back')}
            </button>
          </p>
        </>
      ) : (
        <>
          <h2 id="session-title" tabIndex={-1}>
            {st('team.session.run.next')}
          </h2>
          <p>{st('team.session.run.nextHelp', { name: team.shortTitle })}</p>
          <p>
            <button type="button" class="button" onClick={() => (restart(), setAnnounce(''), setPhase('taking'))}>
              {st('team.session.run.start')}
            </button>
          </p>
          <p class="count">{count >= summary.threshold ? st('team.session.run.countReady', { count }) : st('team.session.run.count', { count, threshold: summary.threshold })}</p>
          <p class="actions">
            <button type="button" class="button secondary" disabled={count < summary.threshold} onClick={() => setPhase('summary')}>
              {st('team.session.run.show')}
            </button>
            <button type="button" class="button secondary" onClick={onEnd}>
              {st('team.session.run.end')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
