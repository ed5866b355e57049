/**
 * The screen of a summary link (`#s=…`): the aggregates it carries, per questionnaire, and the
 * readiness synthesis they give, or why the link cannot be read; a button leaves it for the
 * facilitator's own analysis.
 */
import { teamFigures, type TeamInstrument } from '../../../lib/team-summary';
import { plural } from '../../../lib/plural';
import type { Readiness } from '../../../schemas/readiness';
import type { SharedState } from '../../../stores/team';
import { GroupView } from './GroupView';
import { ReadinessView } from './ReadinessView';
import type { Num, TeamT } from './types';

interface Props {
  shared: NonNullable<SharedState>;
  instruments: TeamInstrument[];
  readiness: Readiness;
  nameOf: (id: string) => string;
  /** Locale of the page, for plural rules. */
  locale: string;
  t: TeamT;
  num: Num;
  onClose: () => void;
}

export function SharedSummary({ shared, instruments, readiness, nameOf, locale, t, num, onClose }: Props) {
  return (
    <section class="shared" aria-labelledby="shared-title">
      <h2 id="shared-title">{t('team.shared.title')}</h2>
      {!shared.ok ? (
        <p class="callout warning" role="alert">
          {t(`team.shared.error.${shared.error === 'encoding' ? 'format' : shared.error}`)}
        </p>
      ) : (
        <>
          <p>{t('team.shared.intro', { groups: shared.value.groups.map((g) => nameOf(g.instrument)).join(', ') })}</p>
          {shared.value.groups.map((g) => {
            const instrument = instruments.find((i) => i.id === g.instrument)!;
            return (
              <section key={g.instrument} aria-labelledby={`shared-${g.instrument}`}>
                <h3 id={`shared-${g.instrument}`}>{instrument.shortTitle}</h3>
                <GroupView
                  instrument={instrument}
                  countText={plural(t, locale, 'team.group.count', g.count, { count: num(g.count) })}
                  threshold={shared.value.threshold}
                  dimensions={g.dimensions}
                  dominance={readiness.dominance}
                  t={t}
                  num={num}
                />
              </section>
            );
          })}
          <ReadinessView readiness={readiness} figures={teamFigures(shared.value)} instruments={instruments} t={t} num={num} />
        </>
      )}
      <p class="no-print">
        <button type="button" class="button secondary" onClick={onClose}>
          {t('team.shared.close')}
        </button>
      </p>
    </section>
  );
}
