/**
 * What each score means: the band's interpretation, its actions unless the action plan already
 * offers them (`offered`), the guide section, and for dimensions shown item by item (the
 * manager's development activities) where each item stands.
 */
import { bandOf, itemValue, toPercent, type Answers, type Score } from '../../../lib/scoring';
import type { IslandDimension, IslandInstrument } from '../../../lib/instrument-view';
import type { AssessmentT } from './types';

interface Props {
  instrument: IslandInstrument;
  scores: Score[];
  /** The answers behind the scores, or null when the results come from a code. */
  answers: Answers | null;
  /** Dimensions whose band actions the action plan offers: not listed twice. */
  offered: ReadonlySet<number>;
  t: AssessmentT;
}

function PerItem({ dimension, answers, t }: { dimension: IslandDimension; answers: Answers | null; t: AssessmentT }) {
  if (!answers) return <p>{t('diagnostic.results.perItem.noAnswers')}</p>;
  return (
    <ul class="per-item">
      {dimension.items.map((item) => {
        const value = itemValue(answers[item.id], item.reverse);
        const band = bandOf(dimension.bands, value === null ? null : toPercent(value));
        return (
          <li key={item.id}>
            <a href={item.guide}>{item.label}</a>
            {t('diagnostic.results.colon')}
            <span class={band ? 'item-band' : 'item-band none'}>{band?.label ?? t('diagnostic.results.perItem.none')}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function Details({ instrument, scores, answers, offered, t }: Props) {
  return (
    <div class="details">
      <h3>{t('diagnostic.results.details')}</h3>
      {instrument.dimensions.map((d, i) => {
        const score = scores[i] ?? null;
        const band = bandOf(d.bands, score);
        return (
          <section class="dimension" key={d.id} aria-labelledby={`detail-${d.id}`}>
            <h4 id={`detail-${d.id}`}>{d.name}</h4>
            <p class="band-line">
              <strong>{score === null ? t('diagnostic.results.notScored') : t('diagnostic.results.outOf', { score })}</strong>
              {band && ` · ${band.label}`}
            </p>
            {band ? (
              <>
                <p>{band.interpretation}</p>
                {offered.has(i) ? (
                  <p class="sub-note">{t('diagnostic.results.actionsInPlan')}</p>
                ) : (
                  <>
                    <p class="sub">{t('diagnostic.results.actions')}</p>
                    <ul>
                      {band.actions.map((action) => (
                        <li key={action}>{action}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            ) : (
              <p>{t('diagnostic.results.notScoredHelp')}</p>
            )}
            {d.perItem && (
              <>
                <p class="sub">{t('diagnostic.results.perItem.title')}</p>
                <PerItem dimension={d} answers={answers} t={t} />
              </>
            )}
            <p>
              <a href={d.guide}>{t('diagnostic.results.guide', { name: d.name })}</a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
