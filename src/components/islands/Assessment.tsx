/**
 * The assessment island: one questionnaire, from the first step to the results. It reads the
 * stores of `src/stores/assessment.ts` and calls their actions; nothing leaves the page and
 * nothing is stored. Controls stay disabled until hydration, so a click is never lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { translator } from '../../lib/i18n';
import { codeErrorMessage } from '../../lib/code-messages';
import { joinInstrument } from '../../lib/island-instrument';
import { planShape } from '../../lib/plan-offer';
import { $answers, $linkError, $results, $step, editAnswers, goToStep, restart } from '../../stores/assessment';
import { bindQuestionnaire, showResults } from '../../stores/assessment-link';
import { useIslandData } from './shared/data-block';
import { planStrings } from './assessment/plan-strings';
import { Step } from './assessment/Step';
import { Review } from './assessment/Review';
import { Results } from './assessment/Results';
import type { AssessmentData, AssessmentProps } from './assessment/types';
import './assessment/assessment.css';

export default function Assessment({ dataId, instrument: firstStep, strings: stepStrings }: AssessmentProps) {
  const data = useIslandData<AssessmentData>(dataId);
  const instrument = useMemo(() => joinInstrument(firstStep, data?.instrument), [firstStep, data]);
  // The plan's strings come with the island's code (assessment/plan-strings.ts), read once it runs in the browser.
  const t = useMemo(() => translator({ ...stepStrings, ...data?.strings, ...(data && planStrings(document.documentElement.lang)) }), [stepStrings, data]);
  const registry = data?.registry ?? [];
  // The address follows the stores while the island runs in the browser (no data block, no binding):
  // binding opens a result link of the address, and the results then replace the first step.
  useEffect(() => (data ? bindQuestionnaire({ id: instrument.id, registry, plan: planShape(instrument.dimensions) }) : undefined), [data]);
  const answers = useStore($answers);
  const step = useStore($step);
  const shown = useStore($results);
  const linkError = useStore($linkError);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // What to focus once the view it belongs to is on screen (renders of other store changes may come
  // first): the view's heading, or an item by id. A view is a step number or « results ».
  const focusNext = useRef<{ view: string; target: string } | null>(null);
  const groups = instrument.dimensions.map((d) => d.items);
  // « Répondre au nom du comité de direction » (the page's link to #comite): the same items, one
  // declared answer, encoded under the committee's own letter. Only where the registry has one.
  const [committee, setCommittee] = useState(false);
  const canDeclare = registry.some((r) => r.id === instrument.id && r.committee);
  useEffect(() => {
    if (!canDeclare) return;
    const read = () => {
      if (location.hash === '#comite') setCommittee(true);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [canDeclare]);
  const spec = registry.find((r) => r.id === instrument.id && r.version === instrument.version && (r.committee ?? false) === committee)!;
  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;

  // Without its data block the island cannot run: it stays as the server rendered it.
  useEffect(() => setReady(data !== null), []);

  // Results that appear (answers finished, or a result link opened) take the focus on their heading.
  useEffect(() => {
    if (shown) focusNext.current = { view: 'results', target: 'heading' };
  }, [shown]);

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

  const linkMessage = linkError && codeErrorMessage(linkError, nameOf);
  const other = linkError?.kind === 'other-instrument' ? registry.find((r) => r.id === linkError.instrument) : undefined;
  const steps = instrument.dimensions.length;

  return (
    <div class={shown ? 'assessment has-results' : 'assessment'} ref={root} data-ready={ready ? '' : undefined}>
      {linkMessage && !shown && (
        <div class="callout warning link-error" role="alert">
          <p>{t('diagnostic.link.error', { message: t(linkMessage.key, linkMessage.values) })}</p>
          {other && <p>{<a href={`${other.href}${location.hash}`}>{t('diagnostic.code.openOther', { name: other.name })}</a>}</p>}
        </div>
      )}
      {committee && !shown && (
        <div class="callout committee" role="note" aria-labelledby="committee-title">
          <p>
            <strong id="committee-title">{t('diagnostic.committee.title')}</strong>
          </p>
          <p>{t('diagnostic.committee.text')}</p>
          <p>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setCommittee(false);
                if (location.hash === '#comite') history.replaceState(null, '', location.pathname + location.search);
              }}
            >
              {t('diagnostic.committee.leave')}
            </button>
          </p>
        </div>
      )}
      {shown ? (
        <Results
          instrument={instrument}
          registry={registry}
          results={shown}
          answers={shown.fromAnswers ? answers : null}
          teamHref={data?.teamHref}
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
          answers={answers}
          ready={ready}
          t={t}
          onNext={() => go(step + 1)}
          onBack={() => go(step - 1)}
        />
      ) : (
        <Review instrument={instrument} groups={groups} answers={answers} t={t} onGoTo={go} onBack={() => go(steps - 1)} onShow={() => showResults(spec, groups)} />
      )}
    </div>
  );
}
