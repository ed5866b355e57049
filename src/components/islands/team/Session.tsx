/**
 * A session on one shared device: each person in turn takes the questionnaire here (the steps and
 * review of the assessment island, on its stores); when they validate, their code joins the session
 * without being shown, and the screen returns to a neutral « next person » state. The facilitator
 * sees only the count of people until the threshold is reached, then may show the figures under
 * the team view's rules, once: showing them ends the session (`src/stores/team-session.ts`), so no
 * later answer can be compared with them. Ending the session asks first; leaving the page while it
 * holds responses asks too. Everything stays in memory: closing the page ends the session.
 *
 * A chunk of its own, loaded by the team view as it hydrates together with every questionnaire and
 * the strings of the page's language (`preloadSession`): a session then starts without any request,
 * so the site never learns that one started, nor with which questionnaire.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $answers, $shown, $step, finish, goToStep, inProgress, restart } from '../../../stores/assessment';
import { $sessionResponses, $sessionSummary, addSessionResponse, guardSessionLeave, resetSession, sessionHoldsResponses, showSessionSummary } from '../../../stores/team-session';
import { pluralForm } from '../../../lib/plural';
import { ConfirmDialog } from './ConfirmDialog';
import { decodeResult } from '../../../lib/result-code';
import { typesetter } from '../../../lib/typography';
import { mergeInstrumentText } from '../../../lib/instrument-text';
import { islandInstrument, prepareInstrument, type IslandInstrument, type RegistryEntry } from '../../../lib/instrument-view';
import { STEP_STRINGS } from '../../../lib/island-strings';
import { pickStrings } from '../../../lib/island-props';
import type { summarize, TeamInstrument } from '../../../lib/team-summary';
import type { Instrument } from '../../../schemas/instrument';
import type { InstrumentText } from '../../../schemas/instrument-text';
import { Step } from '../assessment/Step';
import { Review } from '../assessment/Review';
import type { KeysUnder, PickedStrings, translator } from '../../../lib/i18n';
import type { Num, TeamT } from './types';
import type { StepPrefix } from '../assessment/types';
import type { Dominance } from '../../../schemas/readiness';
// The questionnaire's styles travel in this chunk and are adopted while a session runs (a constructed
// stylesheet: no request, and no inline <style> for the page's CSP to refuse).
import assessmentCss from './session.css?inline';
import { adoptStyles } from '../shared/adopt-styles';

const references = import.meta.glob<Omit<Instrument, 'id'>>('/content/diagnostics/*.json', { import: 'default' });
const translations = import.meta.glob<InstrumentText>('/content/diagnostics/*/*.json', { import: 'default' });
const dictionaries = import.meta.glob<Record<string, string>>('/content/i18n/*/{diagnostic,team}.json', { import: 'default' });

/** Key prefixes of a session's strings: the questionnaire's steps and review, and the session's own. */
type SessionPrefix = StepPrefix | 'diagnostic.review' | 'team.session.run';

/** Loaded data: the questionnaire, and the strings of its steps and review and of the session, typeset. */
interface Loaded {
  instrument: IslandInstrument;
  strings: PickedStrings<SessionPrefix>;
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
  // A participant never sees results: the review's last step says the answers are validated instead.
  const strings = {
    ...pickStrings(dictionary, [...STEP_STRINGS, 'diagnostic.review']),
    ...pickStrings(team, ['team.session.run']),
    'diagnostic.review.show': team['team.session.run.submit']!,
    'diagnostic.review.step': team['team.session.run.reviewStep']!,
  };
  return { instrument: islandInstrument(prepareInstrument(translated, typeset, (route) => route)), strings: Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, typeset(v)])) as PickedStrings<SessionPrefix> };
}

interface Props {
  /** The team view's table, exports, aggregation and translator, passed in so that this chunk does not carry them again. */
  GroupView: typeof import('./GroupView').GroupView;
  SummaryActions: typeof import('./SummaryActions').SummaryActions;
  summarize: typeof summarize;
  translator: typeof translator;
  instrument: TeamInstrument;
  registry: RegistryEntry[];
  threshold: number;
  /** When a climate dominates (the readiness rules' dominance). */
  dominance: Dominance;
  lang: string;
  /** Locale of the page, for plural rules. */
  locale: string;
  t: TeamT;
  num: Num;
  onEnd: () => void;
}

export function Session({ GroupView, SummaryActions, summarize, translator, instrument: team, registry, threshold, dominance, lang, locale, t, num, onEnd }: Props) {
  const [data, setData] = useState<Loaded | null | 'error'>(null);
  const [phase, setPhase] = useState<'next' | 'taking'>('next');
  const [announce, setAnnounce] = useState('');
  const [confirming, setConfirming] = useState(false);
  const responses = useStore($sessionResponses);
  const summary = useStore($sessionSummary);
  const answers = useStore($answers);
  const step = useStore($step);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    restart();
    resetSession();
    const drop = adoptStyles(assessmentCss);
    load(team.id, lang).then(setData, () => setData('error'));
    const stopGuard = guardSessionLeave(() => sessionHoldsResponses($sessionResponses.get(), inProgress($answers.get(), $shown.get())), [$sessionResponses, $answers, $shown]);
    return () => {
      stopGuard();
      restart();
      resetSession();
      drop();
    };
  }, []);

  // Each new screen (next person, a step, the review, the summary) gets the focus on its heading.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('h2, h3')?.focus();
  }, [phase, step, data, summary]);

  const d = typeof data === 'object' ? data : null;
  const st = useMemo(() => (d ? translator(d.strings) : null), [d]);
  if (data === 'error') return <p class="callout warning" role="alert">{t('team.session.error')}</p>;
  if (!d || !st) return <p role="status">{t('team.loading')}</p>;

  const groups = d.instrument.dimensions.map((dim) => dim.items);
  const spec = registry.find((r) => r.id === team.id && r.version === team.version)!;
  const steps = d.instrument.dimensions.length;
  const count = responses.length;
  const applied = summarize([], [team], threshold).threshold;
  const enough = count >= applied;
  const form = (key: string) => `team.session.run.${key}.${pluralForm(locale, count)}` as KeysUnder<'team.session.run'>;

  const done = () => {
    finish(spec, groups);
    const code = $shown.get()?.code;
    const decoded = code ? decodeResult(code, registry) : undefined;
    restart();
    if (decoded?.ok) addSessionResponse(decoded.value);
    setAnnounce(st('team.session.run.added'));
    setPhase('next');
  };
  const show = () => {
    if (!enough) return;
    showSessionSummary(summarize($sessionResponses.get(), [team], threshold));
    setAnnounce('');
  };
  const end = () => {
    setConfirming(false);
    resetSession();
    onEnd();
  };
  const newSession = () => {
    resetSession();
    setAnnounce('');
    setPhase('next');
  };
  const group = summary?.groups.find((g) => g.version === team.version);

  return (
    <section class="session" ref={root} aria-labelledby="session-title">
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      {summary ? (
        <>
          <h2 id="session-title" tabIndex={-1}>
            {st('team.session.run.summaryTitle', { name: team.shortTitle })}
          </h2>
          <p>{st('team.session.run.ended')}</p>
          {group?.status === 'shown' && <GroupView instrument={team} countText={st(`team.session.run.people.${pluralForm(locale, group.count)}` as KeysUnder<'team.session.run'>, { count: num(group.count) })} threshold={summary.threshold} dimensions={group.dimensions} dominance={dominance} t={t} num={num} />}
          <SummaryActions summary={summary} instruments={[team]} t={t} id="session-link-fallback">
            <button type="button" class="button secondary" onClick={newSession}>
              {st('team.session.run.new')}
            </button>
            <button type="button" class="button secondary" onClick={onEnd}>
              {st('team.session.run.close')}
            </button>
          </SummaryActions>
        </>
      ) : phase === 'taking' ? (
        <div class="assessment">
          {step < steps ? (
            <Step instrument={d.instrument} index={step} items={groups[step]!} answers={answers} ready t={st} onNext={() => goToStep(step + 1)} onBack={() => (step === 0 ? (restart(), setPhase('next')) : goToStep(step - 1))} />
          ) : (
            <Review instrument={d.instrument} groups={groups} answers={answers} t={st} onGoTo={(to) => goToStep(to)} onBack={() => goToStep(steps - 1)} onShow={done} />
          )}
        </div>
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
          <p class="count" id="session-count">
            {enough ? st(form('countReady'), { count: num(count) }) : st(form('count'), { count: num(count), threshold: applied })}
          </p>
          <p class="actions">
            <button type="button" class="button secondary" aria-disabled={enough ? undefined : 'true'} aria-describedby="session-count" onClick={show}>
              {st('team.session.run.show')}
            </button>
            <button type="button" class="button secondary" onClick={() => (count > 0 ? setConfirming(true) : end())}>
              {st('team.session.run.end')}
            </button>
          </p>
          <ConfirmDialog
            open={confirming}
            id="session-end"
            title={st('team.session.run.confirm.title')}
            text={st(form('confirm.text'), { count: num(count) })}
            confirm={st('team.session.run.confirm.yes')}
            cancel={st('team.session.run.confirm.no')}
            onConfirm={end}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
    </section>
  );
}
