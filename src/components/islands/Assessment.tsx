/**
 * The assessment island: one questionnaire, from the first step to the results. It reads the
 * stores of `src/stores/assessment.ts` and calls their actions; nothing leaves the page and
 * nothing is stored. Controls stay disabled until hydration, so a click is never lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { translator } from '../../lib/i18n';
import { formatResultLink, parseResultLink } from '../../lib/result-link';
import { planShape } from '../../lib/plan-offer';
import { codeErrorMessage } from '../../lib/code-messages';
import { joinIsland, readIslandData } from '../../lib/instrument-view';
import { $answers, $linkError, $shown, $step, editAnswers, finish, goToStep, inProgress, openCode, restart } from '../../stores/assessment';
import { $plan, openPlan, planParam, resetPlan } from '../../stores/plan';
import { Step } from './assessment/Step';
import { Review } from './assessment/Review';
import { Results } from './assessment/Results';
import type { AssessmentProps } from './assessment/types';
import './assessment/assessment.css';

export default function Assessment({ instrument: stepOnly, registry, strings: stepStrings, teamHref }: AssessmentProps) {
  // Bands and most strings travel in the page's data block (plain JSON, fewer bytes than props);
  // the server renders the first step with the props alone.
  const { instrument, strings } = useMemo(
    () => joinIsland(stepOnly, stepStrings, readIslandData(typeof document === 'undefined' ? undefined : document, stepOnly.id)),
    [stepOnly, stepStrings],
  );
  const t = useMemo(() => translator<string>(strings), [strings]);
  const answers = useStore($answers);
  const step = useStore($step);
  const shown = useStore($shown);
  const linkError = useStore($linkError);
  const plan = planParam(useStore($plan));
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // What to focus once the view it belongs to is on screen (renders of other store changes may come
  // first): the view's heading, or an item by id. A view is a step number or « results ».
  const focusNext = useRef<{ view: string; target: string } | null>(null);
  const groups = instrument.dimensions.map((d) => d.items);
  const spec = registry.find((r) => r.id === instrument.id && r.version === instrument.version)!;
  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;

  // A result link (#r=CODE, with its plan: &p=PLAN) opens the results, on load and when the fragment changes.
  useEffect(() => {
    const open = () => {
      const link = parseResultLink(location.hash);
      if (link.code === null) return;
      focusNext.current = { view: 'results', target: 'heading' };
      resetPlan();
      if (openCode(link.code, registry, instrument.id) === null) openPlan(link.plan, planShape(instrument.dimensions));
    };
    open();
    setReady(true);
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);

  // Answers in progress are lost when leaving (by design): ask first.
  const busy = inProgress(answers, shown);
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [busy]);

  // The address carries the code on display and its plan (fragment only, never sent), so it can be
  // bookmarked; a plan that could not be read is dropped from it.
  useEffect(() => {
    if (!ready) return;
    const hash = shown ? formatResultLink(shown.code, plan) : '';
    const stale = !shown && parseResultLink(location.hash).code !== null && !$linkError.get();
    if (shown ? location.hash !== hash : stale) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [shown, ready, plan]);

  const view = shown ? 'results' : String(step);
  useEffect(() => {
    const request = focusNext.current;
    if (!request || request.view !== view || !root.current) return;
    focusNext.current = null;
    const item = request.target === 'heading' ? null : root.current.querySelector<HTMLInputElement>(`[name="${instrument.id}-${request.target}"]`);
    (item ?? root.current.querySelector<HTMLElement>('h2'))?.focus();
  });

  const go = (to: number, target = 'heading') => {
    focusNext.current = { view: String(to), target };
    goToStep(to);
  };
  const showResults = () => {
    focusNext.current = { view: 'results', target: 'heading' };
    finish(spec, groups);
  };

  const linkMessage = linkError && codeErrorMessage(linkError, nameOf);
  const other = linkError?.kind === 'other-instrument' ? registry.find((r) => r.id === linkError.instrument) : undefined;
  const steps = instrument.dimensions.length;

  return (
    <div class={shown ? 'assessment has-results' : 'assessment'} ref={root} data-ready={ready ? '' : undefined}>
      {linkMessage && !shown && (
        <div class="callout warning link-error" role="alert">
          <p>{t('link.error', { message: t(linkMessage.key, linkMessage.values) })}</p>
          {other && <p>{<a href={`${other.href}${location.hash}`}>{t('code.openOther', { name: other.name })}</a>}</p>}
        </div>
      )}
      {shown ? (
        <Results
          instrument={instrument}
          registry={registry}
          shown={shown}
          answers={shown.fromAnswers ? answers : null}
          teamHref={teamHref}
          t={t}
          onEdit={() => {
            focusNext.current = { view: String(steps), target: 'heading' };
            editAnswers(steps);
          }}
          onRestart={() => {
            focusNext.current = { view: '0', target: 'heading' };
            restart();
          }}
        />
      ) : step < steps ? (
        <Step
          instrument={instrument}
          index={step}
          items={groups[step]!}
          answers={answers}
          ready={ready}
          t={t}
          onNext={() => go(step + 1)}
          onBack={() => go(step - 1)}
        />
      ) : (
        <Review instrument={instrument} groups={groups} answers={answers} t={t} onGoTo={go} onBack={() => go(steps - 1)} onShow={showResults} />
      )}
    </div>
  );
}
