/**
 * One questionnaire's team results: a table of the only figures the team view shows (respondents,
 * mean rounded to a whole number, distribution by band in cells of 0 or at least 3 people), the
 * weakest or dominant dimensions with their actions. Never a minimum, maximum or a dot per person.
 */
import { bandOf } from '../../../lib/scoring';
import { cellLabel, type TeamInstrument } from '../../../lib/team-summary';
import type { DimensionStats } from '../../../lib/team-stats';
import { weakest } from '../../../lib/team-stats';
import type { T } from '../../../lib/i18n';
import type { Num } from './types';

interface Props {
  instrument: TeamInstrument;
  count: number;
  threshold: number;
  dimensions: { id: string; stats: DimensionStats }[];
  t: T;
  num: Num;
}

type Shown = Extract<DimensionStats, { status: 'shown' }>;

/** Returns the id of the shown dimension with the strictly highest mean, if there is one. */
function dominantOf(dimensions: { id: string; stats: DimensionStats }[]): string | undefined {
  const scored = dimensions.flatMap((d) => (d.stats.status === 'shown' ? [{ id: d.id, mean: d.stats.mean }] : [])).sort((a, b) => b.mean - a.mean);
  return scored[0] && scored[0].mean !== scored[1]?.mean ? scored[0].id : undefined;
}

export function GroupView({ instrument, count, threshold, dimensions, t, num }: Props) {
  const spec = (id: string) => instrument.dimensions.find((d) => d.id === id)!;
  const statsOf = (id: string) => dimensions.find((d) => d.id === id)!.stats as Shown;
  // A profile (climates) has no « weak » dimension: it has a dominant one, and a risk signal.
  const low = instrument.profile ? [] : weakest(dimensions);
  const dominant = instrument.profile ? dominantOf(dimensions) : undefined;
  const risk = instrument.profile?.risk;
  const riskStats = risk ? dimensions.find((d) => d.id === risk.dimension)?.stats : undefined;
  const anyMerged = dimensions.some((d) => d.stats.status === 'shown' && d.stats.cells.some((c) => c.from !== c.to));
  return (
    <div class="group">
      <p class="count">
        {t('team.group.count', { count })} {t('team.group.duplicates')}
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label={t('team.table.caption')}>
        <table>
          <caption>{t('team.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.table.dimension')}</th>
              <th scope="col">{t('team.table.n')}</th>
              <th scope="col">{t('team.table.mean')}</th>
              <th scope="col">{t('team.table.bands')}</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map(({ id, stats }) => (
              <tr key={id}>
                <th scope="row">{spec(id).name}</th>
                {stats.status === 'shown' ? (
                  <>
                    <td>{stats.n}</td>
                    <td>{num(stats.mean)}</td>
                    <td>
                      {stats.cells.map((c) =>
                        cellLabel(
                          c,
                          spec(id).bands.map((b) => b.label),
                          t,
                        ),
                      ).join(t('team.listSeparator'))}
                    </td>
                  </>
                ) : (
                  <td colSpan={3}>{stats.status === 'few' ? t('team.hidden.few', { threshold }) : t('team.hidden.alike')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyMerged && <p class="help">{t('team.cells.note')}</p>}
      {dominant && instrument.profile && (
        <p class="dominant">
          <strong>{instrument.profile.highest}</strong>
          {t('team.colon')}
          {t('team.dominant', { name: spec(dominant).name, mean: num(statsOf(dominant).mean) })}{' '}
          <a href={spec(dominant).guide}>{t('team.link.guide', { name: spec(dominant).name })}</a>
        </p>
      )}
      {risk && riskStats?.status === 'shown' && riskStats.mean >= risk.from && (
        <p class="callout warning" role="note">
          {risk.message}
        </p>
      )}
      {low.length > 0 && (
        <section aria-labelledby={`weak-${instrument.id}`}>
          <h3 id={`weak-${instrument.id}`}>{t('team.weakest.title')}</h3>
          <ul class="advice">
            {low.map((id) => {
              const d = spec(id);
              const mean = statsOf(id).mean;
              const band = bandOf(d.bands, mean);
              return (
                <li key={id}>
                  <p>{t('team.weakest.item', { name: d.name, mean: num(mean), band: band?.label ?? '' })}</p>
                  {band && band.actions.length > 0 && (
                    <ul>
                      {band.actions.map((action) => (
                        <li key={action}>{action}</li>
                      ))}
                    </ul>
                  )}
                  <p>
                    <a href={d.guide}>{t('team.link.guide', { name: d.name })}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
