/**
 * The review step: lists the items left unanswered (each a button back to its step) and the
 * dimensions that will lack a score, before the results are shown.
 */
import { scoreItems, type Answers } from '../../../lib/scoring';
import type { IslandInstrument, IslandItem } from '../../../lib/instrument-view';
import type { T } from './types';

interface Props {
  instrument: IslandInstrument;
  groups: IslandItem[][];
  answers: Answers;
  t: T;
  /** Goes to step `step` and focuses `item`. */
  onGoTo: (step: number, item: string) => void;
  onBack: () => void;
  onShow: () => void;
}

export function Review({ instrument, groups, answers, t, onGoTo, onBack, onShow }: Props) {
  const total = instrument.dimensions.length;
  const missing = groups.flatMap((items, step) => items.filter((item) => answers[item.id] === undefined).map((item) => ({ item, step })));
  const short = instrument.dimensions.filter((_, i) => scoreItems(groups[i]!, answers).score === null).map((d) => d.name);
  const id = `${instrument.id}-review`;

  return (
    <section class="step review" aria-labelledby={`${id}-title`}>
      <div class="progress">
        <p id={`${id}-count`}>{t('review.step')}</p>
        <progress max={total} value={total} aria-labelledby={`${id}-count`} />
      </div>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('review.title')}
      </h2>
      {missing.length === 0 ? (
        <p>{t('review.complete')}</p>
      ) : (
        <>
          <p>{t('review.missing', { count: missing.length })}</p>
          <ul class="missing">
            {missing.map(({ item, step }) => (
              <li key={item.id}>
                <button type="button" class="link-button" onClick={() => onGoTo(step, item.id)}>
                  {t('review.goTo', { n: step + 1, dimension: instrument.dimensions[step]!.name, text: item.text })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {short.length > 0 && <p class="callout warning">{t('review.notEnough', { dimensions: short.join(', ') })}</p>}
      <div class="nav">
        <button type="button" class="button secondary" onClick={onBack}>
          {t('review.back')}
        </button>
        <button type="button" class="button" onClick={onShow}>
          {t('review.show')}
        </button>
      </div>
    </section>
  );
}
