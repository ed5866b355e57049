/** The enablement-readiness synthesis: the rule that fired, why, and what to do. */
import { evaluateReadiness, teamFigure, type TeamMeans } from '../../../lib/readiness';
import type { Readiness, ReadinessCondition } from '../../../schemas/readiness';
import type { TeamInstrument } from '../../../lib/team-summary';
import type { T } from '../../../lib/i18n';
import type { Num } from './types';

interface Props {
  readiness: Readiness;
  means: TeamMeans;
  instruments: TeamInstrument[];
  t: T;
  num: Num;
}

const REQUIRED = ['engagement', 'climat-ethique'];

export function ReadinessView({ readiness, means, instruments, t, num }: Props) {
  const ready = REQUIRED.every((id) => means.has(id));
  const nameOf = (instrument: string, dimension: string) =>
    dimension === 'overall' ? t('team.readiness.overall') : (instruments.find((i) => i.id === instrument)?.dimensions.find((d) => d.id === dimension)?.name ?? dimension);
  const titleOf = (instrument: string) => instruments.find((i) => i.id === instrument)?.shortTitle ?? instrument;
  const explain = (c: ReadinessCondition) => {
    if ('dominant' in c) {
      return t('team.readiness.dominant', { name: nameOf(c.instrument, c.dominant), instrument: titleOf(c.instrument), mean: num(teamFigure(means, c.instrument, c.dominant)!) });
    }
    const mean = Math.round(teamFigure(means, c.instrument, c.dimension)! * 10) / 10;
    const values = { name: nameOf(c.instrument, c.dimension), instrument: titleOf(c.instrument), mean: num(mean) };
    return c.below !== undefined ? t('team.readiness.below', { ...values, value: c.below }) : t('team.readiness.atLeast', { ...values, value: c.atLeast ?? 0 });
  };
  const firing = ready ? evaluateReadiness(readiness, means) : undefined;
  return (
    <section class="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('team.readiness.title')}</h2>
      {!firing ? (
        <p>{t('team.readiness.missing')}</p>
      ) : (
        <div class={`verdict verdict-${firing.rule.verdict}`}>
          <p class="badge">{t(`team.readiness.verdict.${firing.rule.verdict}`)}</p>
          <h3>{firing.rule.title}</h3>
          <p>{firing.rule.rationale}</p>
          <ul>
            {firing.rule.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
          <p class="why">
            <strong>{t('team.readiness.rule', { id: firing.rule.id })}.</strong> {t('team.readiness.because')}{' '}
            {firing.matched.length === 0 ? t('team.readiness.default') : firing.matched.map(explain).join(t('team.listSeparator')) + '.'}
          </p>
        </div>
      )}
    </section>
  );
}
