/**
 * The enablement-readiness synthesis: the rule that fired, why, how close the team stands to the
 * boundary that would change it, and what to do; or no verdict, when a rule it needs reads a figure
 * that is hidden. Every hidden figure the rules read is named, with why it is hidden.
 */
import { readReadiness, type HiddenInput, type TeamFigures } from '../../../lib/readiness';
import type { Readiness, ReadinessCondition } from '../../../schemas/readiness';
import type { TeamInstrument } from '../../../lib/team-summary';
import type { Num, TeamT } from './types';

interface Props {
  readiness: Readiness;
  figures: TeamFigures;
  instruments: TeamInstrument[];
  t: TeamT;
  num: Num;
}

const round = (x: number) => Math.round(x * 10) / 10;

export function ReadinessView({ readiness, figures, instruments, t, num }: Props) {
  const nameOf = (instrument: string, dimension: string) =>
    dimension === 'overall' ? t('team.readiness.overall') : (instruments.find((i) => i.id === instrument)?.dimensions.find((d) => d.id === dimension)?.name ?? dimension);
  const titleOf = (instrument: string) => instruments.find((i) => i.id === instrument)?.shortTitle ?? instrument;
  const figure = (instrument: string, dimension: string) => {
    const dims = [...(figures.get(instrument)?.entries() ?? [])].flatMap(([id, f]) => ('mean' in f ? [[id, f.mean] as const] : []));
    const values = dimension === 'overall' ? dims.map(([, m]) => m) : dims.filter(([id]) => id === dimension).map(([, m]) => m);
    return round(values.reduce((a, b) => a + b, 0) / values.length);
  };
  const explain = (c: ReadinessCondition) => {
    if ('dominant' in c) {
      return t('team.readiness.dominant', { name: nameOf(c.instrument, c.dominant), instrument: titleOf(c.instrument), mean: num(figure(c.instrument, c.dominant)) });
    }
    const values = { name: nameOf(c.instrument, c.dimension), instrument: titleOf(c.instrument), mean: num(figure(c.instrument, c.dimension)) };
    return c.below !== undefined ? t('team.readiness.below', { ...values, value: c.below }) : t('team.readiness.atLeast', { ...values, value: c.atLeast ?? 0 });
  };
  const hiddenText = (h: HiddenInput) =>
    h.dimension === undefined
      ? t('team.readiness.hidden.absent', { instrument: titleOf(h.instrument) })
      : t(`team.readiness.hidden.${h.reason}`, { name: nameOf(h.instrument, h.dimension), instrument: titleOf(h.instrument) });
  const reading = readReadiness(readiness, figures);
  const hiddenList = reading.hidden.length > 0 && (
    <div class="hidden-inputs">
      <p>{t('team.readiness.hidden.intro')}</p>
      <ul>
        {reading.hidden.map((h) => (
          <li key={`${h.instrument}/${h.dimension ?? ''}`}>{hiddenText(h)}</li>
        ))}
      </ul>
    </div>
  );
  return (
    <section class="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('team.readiness.title')}</h2>
      {reading.status === 'unreadable' ? (
        <div class="verdict verdict-none">
          <p class="badge">{t('team.readiness.verdict.none')}</p>
          <p>{t('team.readiness.unreadable', { id: reading.rule.id })}</p>
          {hiddenList}
        </div>
      ) : (
        <div class={`verdict verdict-${reading.near ? 'near' : reading.rule.verdict}`}>
          <p class="badge">
            {reading.near ? t('team.readiness.near.badge', { verdict: t(`team.readiness.verdict.${reading.rule.verdict}`) }) : t(`team.readiness.verdict.${reading.rule.verdict}`)}
          </p>
          <h3>{reading.rule.title}</h3>
          {reading.near && reading.margin && <p class="callout">{t('team.readiness.near.text', { band: num(reading.margin.band) })}</p>}
          <p>{reading.rule.rationale}</p>
          <ul>
            {reading.rule.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
          <p class="why">
            <strong>{t('team.readiness.rule', { id: reading.rule.id })}.</strong> {t('team.readiness.because')}{' '}
            {reading.matched.length === 0 ? t('team.readiness.default') : reading.matched.map(explain).join(t('team.listSeparator')) + '.'}
          </p>
          {reading.margin && (
            <p class="why margin">
              {'dominant' in reading.margin.condition
                ? t('team.readiness.margin.lead', { points: num(round(reading.margin.points)), rule: reading.margin.rule.id, lead: reading.margin.boundary, band: num(reading.margin.band) })
                : t('team.readiness.margin.mean', {
                    name: nameOf(reading.margin.condition.instrument, reading.margin.condition.dimension),
                    mean: num(round(reading.margin.figure)),
                    points: num(round(reading.margin.points)),
                    boundary: reading.margin.boundary,
                    rule: reading.margin.rule.id,
                    band: num(reading.margin.band),
                  })}
            </p>
          )}
          {hiddenList}
        </div>
      )}
    </section>
  );
}
