/**
 * The review step: lists the items left unanswered (each a button back to its step), the
 * dimensions that will lack a score, and, kindly, answers that read as yes-saying (raw mean of
 * 3.75 or more while half the statements say the opposite) or one same answer throughout (scores
 * are computed all the same), before the results are shown.
 */
import { scoreItems, type Answers } from '../../../lib/scoring';
import { responseStyle } from '../../../lib/signals';
import { questionnaireSteps, type QuestionnaireInstrument } from '../../../lib/island-instrument';
import type { IslandItem } from '../../../lib/instrument-view';
import type { ReviewT } from './types';

interface Props {
  instrument: QuestionnaireInstrument;
  groups: IslandItem[][];
  answers: Answers;
  t: ReviewT;
  /** Goes to step `step` and focuses `item`. */
  onGoTo: (step: number, item: string) => void;
  onBack: () => void;
  onShow: () => void;
}

export function Review({ instrument, groups, answers, t, onGoTo, onBack, onShow }: Props) {
  const total = instrument.dimensions.length;
  // `groups` are the dimensions' items (for scoring); the steps on screen mix them.
  const steps = questionnaireSteps(instrument.dimensions);
  const missing = steps.flatMap((items, step) => items.filter((item) => answers[item.id] === undefined).map((item) => ({ item, step })));
  const short = instrument.dimensions.filter((_, i) => scoreItems(groups[i]!, answers).score === null).map((d) => d.name);
  const style = responseStyle(groups, answers);
  const id = `${instrument.id}-review`;

  return (
    <section class="step review" aria-labelledby={`${id}-title`}>
      <div class="progress">
        <p id={`${id}-count`}>{t('diagnostic.review.step')}</p>
        <progress max={total} value={total} aria-labelledby={`${id}-count`} />
      </div>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {t('diagnostic.review.title')}
      </h2>
      {missing.length === 0 ? (
        <p>{t('diagnostic.review.complete')}</p>
      ) : (
        <>
          <p>{t('diagnostic.review.missing', { count: missing.length })}</p>
          <ul class="missing">
            {missing.map(({ item, step }) => (
              <li key={item.id}>
                <button type="button" class="link-button" onClick={() => onGoTo(step, item.id)}>
                  {t('diagnostic.review.goTo', { n: step + 1, text: item.text })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {short.length > 0 && <p class="callout warning">{t('diagnostic.review.notEnough', { dimensions: short.join(', ') })}</p>}
      {style && <p class="callout same-answers">{t(style === 'yes-saying' ? 'diagnostic.review.yesSaying' : 'diagnostic.review.sameAnswers')}</p>}
      <div class="nav">
        <button type="button" class="button secondary" onClick={onBack}>
          {t('diagnostic.review.back')}
        </button>
        <button type="button" class="button" onClick={onShow}>
          {t('diagnostic.review.show')}
        </button>
      </div>
    </section>
  );
}
