/**
 * One step of the questionnaire: a few items of several dimensions (`questionnaireSteps`: no step
 * names the construct it measures), each a radio group named by its statement. Keys 1–5 answer
 * (0: « don't know », 6: « does not apply to my job » where an item offers it) and move to the
 * next item; arrows change the answer (native radio behaviour); Enter goes to the next step.
 */
import { useMemo, useRef } from 'preact/hooks';
import { answer } from '../../../stores/assessment';
import { NOT_APPLICABLE, type Answer, type Answers } from '../../../lib/scoring';
import { questionnaireSteps, type QuestionnaireInstrument } from '../../../lib/island-instrument';
import type { IslandItem as Item } from '../../../lib/instrument-view';
import type { StepT } from './types';

interface Props {
  instrument: QuestionnaireInstrument;
  index: number;
  answers: Answers;
  ready: boolean;
  t: StepT;
  onNext: () => void;
  onBack: () => void;
}

/** Answer values in display order: the agreement scale, then « don't know », then « does not apply » where offered. */
const VALUES: Answer[] = [1, 2, 3, 4, 5, 0];
const WITH_NOT_APPLICABLE: Answer[] = [...VALUES, NOT_APPLICABLE];

export function Step({ instrument, index, answers, ready, t, onNext, onBack }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const items = useMemo(() => questionnaireSteps(instrument.dimensions)[index] ?? [], [instrument, index]);
  const total = instrument.dimensions.length;
  const id = `${instrument.id}-step`;
  const name = (item: Item) => `${instrument.id}-${item.id}`;

  /** Focuses item `i` of the step (its chosen answer, else its first one), or the button past the last. */
  const focusItem = (i: number) => {
    const group = form.current?.querySelectorAll('fieldset')[i];
    const target = group ? (group.querySelector<HTMLElement>('input:checked') ?? group.querySelector('input')) : form.current?.querySelector<HTMLElement>('[type=submit]');
    target?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !ready) return;
    const target = event.target as HTMLElement;
    const value = event.key.length === 1 ? '0123456'.indexOf(event.key) : -1;
    if (value >= 0) {
      const group = target.closest('fieldset');
      const i = group ? Number(group.dataset.index) : items.findIndex((item) => answers[item.id] === undefined);
      if (i < 0 || (value === NOT_APPLICABLE && !items[i]!.notApplicable)) return;
      event.preventDefault();
      answer(items[i]!.id, value as Answer);
      focusItem(i + 1);
    } else if (event.key === 'Enter' && !target.closest('button, a')) {
      event.preventDefault();
      onNext();
    }
  };

  return (
    <form
      ref={form}
      class="step"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <div class="progress">
        <p id={`${id}-count`}>{t('diagnostic.step', { n: index + 1, total })}</p>
        <progress max={total} value={index + 1} aria-labelledby={`${id}-count`} />
      </div>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('diagnostic.stepHeading')}
      </h2>
      <p class="hint no-print">{t('diagnostic.keys')}</p>
      {/* The statements arrive with hydration: the page's first bytes stay small (HTML budget). */}
      {ready ? (
        items.map((item, i) => (
          <fieldset class="item" data-index={i} key={item.id}>
            <legend>{item.text}</legend>
            <div class="options">
              {(item.notApplicable ? WITH_NOT_APPLICABLE : VALUES).map((v) => (
                <label class={v === 0 ? 'option dont-know' : v === NOT_APPLICABLE ? 'option not-applicable' : 'option'} key={v}>
                  <input type="radio" name={name(item)} value={v} checked={answers[item.id] === v} onChange={() => answer(item.id, v)} />
                  <span>{v === 0 ? instrument.scale.dontKnow : v === NOT_APPLICABLE ? instrument.scale.notApplicable : instrument.scale.labels[v - 1]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))
      ) : (
        <p class="loading">{t('diagnostic.loading')}</p>
      )}
      <div class="nav">
        {index > 0 && (
          <button type="button" class="button secondary" disabled={!ready} onClick={onBack}>
            {t('diagnostic.back')}
          </button>
        )}
        <button type="submit" class="button" disabled={!ready}>
          {index === total - 1 ? t('diagnostic.toReview') : t('diagnostic.next')}
        </button>
      </div>
    </form>
  );
}
