/**
 * A session on one shared device: each person in turn takes the questionnaire here (the steps and
 * review of the assessment island, on its stores); when they validate, their code joins the session
 * without being shown, and the screen returns to a neutral « next person » state. The facilitator
 * sees only the count of people until the threshold is reached, then may show the figures under
 * the team view's rules, once: showing them ends the session (`src/stores/team-session.ts`), so no
 * later answer can be compared with them. Ending the session asks first; leaving the page while it
 * holds responses asks too. Everything stays in memory: closing the page ends the session.
 *
 * Its questionnaires and strings come prepared in the team page's data block (`SessionData`) and its
 * code is in the team island's file, so a session starts without any request: the site never learns
 * that one started, nor with which questionnaire.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $answers, $results, $step, goToStep, inProgress } from '../../../stores/assessment';
import {
  $sessionPhase,
  $sessionResponses,
  $sessionSummary,
  guardSessionLeave,
  leaveTurn,
  resetSession,
  sessionHoldsResponses,
  showSessionSummary,
  startTurn,
  submitTurn,
} from '../../../stores/team-session';
import { pluralForm } from '../../../lib/plural';
import { ConfirmDialog } from './ConfirmDialog';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { QuestionnaireInstrument } from '../../../lib/island-instrument';
import { summarize, type TeamInstrument, type TeamSummary } from '../../../lib/team-summary';
import { Step } from '../assessment/Step';
import { Review } from '../assessment/Review';
import { translator, type KeysUnder } from '../../../lib/i18n';
import { GroupView } from './GroupView';
import { SummaryActions } from './SummaryActions';
import type { Num, SessionData, SessionT, TeamT } from './types';
import type { Dominance } from '../../../schemas/readiness';
// The questionnaire's styles travel in this chunk and are adopted while a session runs (a constructed
// stylesheet: no request, and no inline <style> for the page's CSP to refuse).
import assessmentCss from './session.css?inline';
import { adoptStyles } from '../shared/adopt-styles';

interface Props {
  instrument: TeamInstrument;
  registry: RegistryEntry[];
  /** Every questionnaire and the session's strings, from the page's data block. */
  session: SessionData;
  threshold: number;
  /** When a climate dominates (the readiness rules' dominance). */
  dominance: Dominance;
  /** Locale of the page, for plural rules. */
  locale: string;
  t: TeamT;
  num: Num;
  onEnd: () => void;
}

export function Session({ instrument: team, registry, session, threshold, dominance, locale, t, num, onEnd }: Props) {
  const [announce, setAnnounce] = useState('');
  const phase = useStore($sessionPhase);
  const responses = useStore($sessionResponses);
  const summary = useStore($sessionSummary);
  const step = useStore($step);
  const root = useRef<HTMLDivElement>(null);
  const st = useMemo(() => translator(session.strings), [session]);
  const questionnaire = session.instruments.find((i) => i.id === team.id);

  useEffect(() => {
    resetSession();
    const drop = adoptStyles(assessmentCss);
    const stopGuard = guardSessionLeave(() => sessionHoldsResponses($sessionResponses.get(), inProgress($answers.get(), $results.get())), [$sessionResponses, $answers, $results]);
    return () => {
      stopGuard();
      resetSession();
      drop();
    };
  }, []);

  // Each new screen (next person, a step, the review, the summary) gets the focus on its heading.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('h2, h3')?.focus();
  }, [phase, step, summary]);

  if (!questionnaire) return <p class="callout warning" role="alert">{t('team.session.error')}</p>;

  const count = responses.length;
  const applied = summarize([], [team], threshold).threshold;
  const show = () => {
    if (count < applied) return;
    showSessionSummary(summarize($sessionResponses.get(), [team], threshold));
    setAnnounce('');
  };
  const submit = (groups: QuestionnaireInstrument['dimensions'][number]['items'][]) => {
    const spec = registry.find((r) => r.id === team.id && r.version === team.version)!;
    if (submitTurn(spec, groups, registry)) setAnnounce(st('team.session.run.added'));
  };

  return (
    <section class="session" ref={root} aria-labelledby="session-title">
      <p class="visually-hidden" role="status">
        {announce}
      </p>
      {summary ? (
        <SessionSummary
          team={team}
          summary={summary}
          dominance={dominance}
          locale={locale}
          t={t}
          st={st}
          num={num}
          onNew={() => (resetSession(), setAnnounce(''))}
          onClose={onEnd}
        />
      ) : phase === 'taking' ? (
        <Questionnaire instrument={questionnaire} step={step} st={st} onSubmit={submit} />
      ) : (
        <NextPerson
          team={team}
          count={count}
          threshold={applied}
          locale={locale}
          st={st}
          num={num}
          onStart={() => (startTurn(), setAnnounce(''))}
          onShow={show}
          onEnd={() => (resetSession(), onEnd())}
        />
      )}
    </section>
  );
}

/** One person's turn: the questionnaire's steps, then its review, whose button validates the answers. */
function Questionnaire({ instrument, step, st, onSubmit }: { instrument: QuestionnaireInstrument; step: number; st: SessionT; onSubmit: (groups: QuestionnaireInstrument['dimensions'][number]['items'][]) => void }) {
  const answers = useStore($answers);
  const groups = instrument.dimensions.map((dim) => dim.items);
  const steps = instrument.dimensions.length;
  return (
    <div class="assessment">
      {step < steps ? (
        <Step instrument={instrument} index={step} answers={answers} ready t={st} onNext={() => goToStep(step + 1)} onBack={() => (step === 0 ? leaveTurn() : goToStep(step - 1))} />
      ) : (
        <Review instrument={instrument} groups={groups} answers={answers} t={st} onGoTo={(to) => goToStep(to)} onBack={() => goToStep(steps - 1)} onShow={() => onSubmit(groups)} />
      )}
    </div>
  );
}

interface NextPersonProps {
  team: TeamInstrument;
  /** People who answered so far, and how many must before the figures may show. */
  count: number;
  threshold: number;
  locale: string;
  st: SessionT;
  num: Num;
  onStart: () => void;
  onShow: () => void;
  onEnd: () => void;
}

/** The neutral screen between two people: start the next turn, the count of people, show the figures (once enough answered) or end. */
function NextPerson({ team, count, threshold, locale, st, num, onStart, onShow, onEnd }: NextPersonProps) {
  const [confirming, setConfirming] = useState(false);
  const enough = count >= threshold;
  const form = (key: string) => `team.session.run.${key}.${pluralForm(locale, count)}` as KeysUnder<'team.session.run'>;
  return (
    <>
      <h2 id="session-title" tabIndex={-1}>
        {st('team.session.run.next')}
      </h2>
      <p>{st('team.session.run.nextHelp', { name: team.shortTitle })}</p>
      <p>
        <button type="button" class="button" onClick={onStart}>
          {st('team.session.run.start')}
        </button>
      </p>
      <p class="count" id="session-count">
        {enough ? st(form('countReady'), { count: num(count) }) : st(form('count'), { count: num(count), threshold })}
      </p>
      <p class="actions">
        <button type="button" class="button secondary" aria-disabled={enough ? undefined : 'true'} aria-describedby="session-count" onClick={onShow}>
          {st('team.session.run.show')}
        </button>
        <button type="button" class="button secondary" onClick={() => (count > 0 ? setConfirming(true) : onEnd())}>
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
        onConfirm={() => (setConfirming(false), onEnd())}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

interface SessionSummaryProps {
  team: TeamInstrument;
  summary: TeamSummary;
  dominance: Dominance;
  locale: string;
  t: TeamT;
  st: SessionT;
  num: Num;
  onNew: () => void;
  onClose: () => void;
}

/** The session's figures, shown once (showing them ended the session), with their exports, a new session or back to the analysis. */
function SessionSummary({ team, summary, dominance, locale, t, st, num, onNew, onClose }: SessionSummaryProps) {
  const group = summary.groups.find((g) => g.version === team.version);
  return (
    <>
      <h2 id="session-title" tabIndex={-1}>
        {st('team.session.run.summaryTitle', { name: team.shortTitle })}
      </h2>
      <p>{st('team.session.run.ended')}</p>
      {group?.status === 'shown' && (
        <GroupView
          instrument={team}
          countText={st(`team.session.run.people.${pluralForm(locale, group.count)}` as KeysUnder<'team.session.run'>, { count: num(group.count) })}
          threshold={summary.threshold}
          dimensions={group.dimensions}
          dominance={dominance}
          t={t}
          num={num}
        />
      )}
      <SummaryActions summary={summary} instruments={[team]} t={t} id="session-link-fallback">
        <button type="button" class="button secondary" onClick={onNew}>
          {st('team.session.run.new')}
        </button>
        <button type="button" class="button secondary" onClick={onClose}>
          {st('team.session.run.close')}
        </button>
      </SummaryActions>
    </>
  );
}
