/** One questionnaire's team results: chart, table, weakest and most divided dimensions with actions. */
import { bandOf } from '../../../lib/scoring';
import type { TeamInstrument } from '../../../lib/team-summary';
import type { DimensionStats } from '../../../lib/team-stats';
import { weakest, mostDivided } from '../../../lib/team-stats';
import { StripChart } from './StripChart';
import type { Num, T } from './types';

interface Props {
  instrument: TeamInstrument;
  count: number;
  dimensions: { id: string; stats: DimensionStats }[];
  t: T;
  num: Num;
}

/** Returns the id of the dimension with the strictly highest mean, if there is one. */
function dominantOf(dimensions: { id: string; stats: DimensionStats }[]): string | undefined {
  const scored = dimensions.filter((d) => d.stats.mean !== null).sort((a, b) => b.stats.mean! - a.stats.mean!);
  return scored[0] && scored[0].stats.mean !== scored[1]?.stats.mean ? scored[0].id : undefined;
}

export function GroupView({ instrument, count, dimensions, t, num }: Props) {
  const fmt = (x: number | null, notScored: string) => (x === null ? notScored : num(x));
  const na = t('team.notScored');
  const spec = (id: string) => instrument.dimensions.find((d) => d.id === id)!;
  const statsOf = (id: string) => dimensions.find((d) => d.id === id)!.stats;
  // A profile (climates) has no « weak » dimension: it has a dominant one, and a risk signal.
  const low = instrument.profile ? [] : weakest(dimensions);
  const divided = mostDivided(dimensions);
  const dominant = instrument.profile ? dominantOf(dimensions) : undefined;
  const risk = instrument.profile?.risk;
  const riskMean = risk ? dimensions.find((d) => d.id === risk.dimension)?.stats.mean : undefined;
  return (
    <div class="group">
      <p class="count">{t('team.group.count', { count })}</p>
      <StripChart instrument={instrument} dimensions={dimensions} t={t} />
      <div class="table-wrap" tabindex={0} role="region" aria-label={t("team.table.caption")}>
        <table>
          <caption>{t('team.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.table.dimension')}</th>
              <th scope="col">{t('team.table.n')}</th>
              <th scope="col">{t('team.table.mean')}</th>
              <th scope="col">{t('team.table.median')}</th>
              <th scope="col">{t('team.table.range')}</th>
              <th scope="col">{t('team.table.spread')}</th>
              <th scope="col">{t('team.table.bands')}</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map(({ id, stats }) => (
              <tr key={id}>
                <th scope="row">{spec(id).name}</th>
                <td>{stats.n}</td>
                <td>{fmt(stats.mean, na)}</td>
                <td>{fmt(stats.median, na)}</td>
                <td>{stats.min === null ? na : `${stats.min} – ${stats.max}`}</td>
                <td>{fmt(stats.spread, na)}</td>
                <td>{stats.bands.map((b) => `${b.id}${t('team.colon')}${b.count}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dominant && instrument.profile && (
        <p class="dominant">
          <strong>{instrument.profile.highest}</strong>
          {t('team.colon')}
          {t('team.dominant', { name: spec(dominant).name, mean: num(statsOf(dominant).mean!) })}{' '}
          <a href={spec(dominant).guide}>{t('team.link.guide', { name: spec(dominant).name })}</a>
        </p>
      )}
      {risk && riskMean != null && riskMean >= risk.from && (
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
              const mean = statsOf(id).mean!;
              const band = bandOf(d.bands, Math.round(mean));
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
      {divided && (
        <section aria-labelledby={`divided-${instrument.id}`}>
          <h3 id={`divided-${instrument.id}`}>{t('team.divided.title')}</h3>
          <p>
            {t('team.divided.item', { name: spec(divided).name, spread: num(statsOf(divided).spread!) })}{' '}
            <a href={spec(divided).guide}>{t('team.link.guide', { name: spec(divided).name })}</a>
          </p>
        </section>
      )}
    </div>
  );
}
