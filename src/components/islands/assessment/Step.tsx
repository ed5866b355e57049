/**
 * One step of the questionnaire: the items of one dimension, each a radio group named by its
 * statement. Keys 1–5 answer (0: « don't know ») and move to the next item; arrows change the
 * answer (native radio behaviour); Enter goes to the next step.
 */
import { useRef } from 'preact/hooks';
import { answer } from '../../../stores/assessment';
import type { Answer, Answers } from '../../../lib/scoring';
import type { IslandInstrument, IslandItem as Item } from '../../../lib/instrument-view';
import type { T } from '../../../lib/i18n';

interface Props {
  instrument: IslandInstrument;
  index: number;
  items: Item[];
  answers: Answers;
  ready: boolean;
  t: T;
  onNext: () => void;
  onBack: () => void;
}

/** Answer values in display order: the agreement scale, then « don't know ». */
const VALUES: Answer[] = [1, 2, 3, 4, 5, 0];

export function Step({ instrument, index, items, answers, ready, t, onNext, onBack }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const dimension = instrument.dimensions[index]!;
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
    const value = event.key.length === 1 ? '012345'.indexOf(event.key) : -1;
    if (value >= 0) {
      const group = target.closest('fieldset');
      const i = group ? Number(group.dataset.index) : items.findIndex((item) => answers[item.id] === undefined);
      if (i < 0) return;
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
        {dimension.name}
      </h2>
      <p class="lead">{dimension.description}</p>
      <p class="hint no-print">{t('diagnostic.keys')}</p>
      {/* The statements arrive with hydration: the page's first bytes stay small (HTML budget). */}
      {ready ? (
        items.map((item, i) => (
          <fieldset class="item" data-index={i} key={item.id}>
            <legend>{item.text}</legend>
            <div class="options">
              {VALUES.map((v) => (
                <label class={v === 0 ? 'option dont-know' : 'option'} key={v}>
                  <input type="radio" name={name(item)} value={v} checked={answers[item.id] === v} onChange={() => answer(item.id, v)} />
                  <span>{v === 0 ? instrument.scale.dontKnow : instrument.scale.labels[v - 1]}</span>
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
