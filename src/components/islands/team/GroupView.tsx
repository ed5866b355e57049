/**
 * One questionnaire's team results: a table of the only figures the team view shows (respondents,
 * mean rounded to a whole number, distribution by band in cells of 0 or at least 3 people, or a
 * sentence when a single cell would hold everyone), then what stands out, under the gap rules of
 * individual results: a dominant climate only as the readiness rules define it (60 and a 10-point
 * lead), weak points only 10 points or more below the highest mean; otherwise it says nothing
 * stands out. Never a minimum, maximum or a dot per person.
 */
import { bandOf } from '../../../lib/scoring';
import { cellLabel, type TeamInstrument } from '../../../lib/team-summary';
import type { DimensionStats } from '../../../lib/team-stats';
import { TEAM_GAP, weakPoints } from '../../../lib/team-stats';
import { dominantOf } from '../../../lib/readiness';
import type { Dominance } from '../../../schemas/readiness';
import type { Num, TeamT } from './types';

interface Props {
  instrument: TeamInstrument;
  /** The sentence that counts the group (« 5 codes valides »), or none when the page already says it. */
  countText?: string | undefined;
  threshold: number;
  dimensions: { id: string; stats: DimensionStats }[];
  /** When a climate dominates: the readiness rules' dominance, so that this block and the synthesis agree. */
  dominance: Dominance;
  t: TeamT;
  num: Num;
}

type Shown = Extract<DimensionStats, { status: 'shown' }>;
type Dimensions = Props['dimensions'];

export function GroupView({ instrument, countText, threshold, dimensions, dominance, t, num }: Props) {
  const risk = instrument.profile?.risk;
  const riskStats = risk ? dimensions.find((d) => d.id === risk.dimension)?.stats : undefined;
  const anyMerged = dimensions.some((d) => d.stats.status === 'shown' && d.stats.cells.some((c) => c.from !== c.to));
  return (
    <div class="group">
      {countText && <p class="count">{countText}</p>}
      <GroupTable instrument={instrument} threshold={threshold} dimensions={dimensions} t={t} num={num} />
      {anyMerged && <p class="help">{t('team.cells.note')}</p>}
      {instrument.profile && <DominantClimate instrument={instrument} dimensions={dimensions} dominance={dominance} t={t} num={num} />}
      {risk && riskStats?.status === 'shown' && riskStats.mean >= risk.from && (
        <p class="callout warning" role="note">
          {risk.message}
        </p>
      )}
      {!instrument.profile && <WeakPoints instrument={instrument} dimensions={dimensions} t={t} num={num} />}
    </div>
  );
}

/** The dimension of `instrument` named `id`. */
const specOf = (instrument: TeamInstrument, id: string) => instrument.dimensions.find((d) => d.id === id)!;

/** The figures per dimension: respondents, mean, distribution by band; or why a dimension is hidden. */
function GroupTable({ instrument, threshold, dimensions, t, num }: Pick<Props, 'instrument' | 'threshold' | 'dimensions' | 't' | 'num'>) {
  return (
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
              <th scope="row">{specOf(instrument, id).name}</th>
              {stats.status === 'shown' ? (
                <>
                  <td>{stats.n}</td>
                  <td>{num(stats.mean)}</td>
                  <td>
                    {stats.cells.length === 0
                      ? t('team.cells.none')
                      : stats.cells
                          .map((c) =>
                            cellLabel(
                              c,
                              specOf(instrument, id).bands.map((b) => b.label),
                              t,
                            ),
                          )
                          .join(t('team.listSeparator'))}
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
  );
}

/** A profile's dominant climate, as the readiness rules define it; none, or unreadable when a climate is hidden. */
function DominantClimate({ instrument, dimensions, dominance, t, num }: { instrument: TeamInstrument; dimensions: Dimensions; dominance: Dominance; t: TeamT; num: Num }) {
  const allShown = dimensions.every((d) => d.stats.status === 'shown');
  const means = new Map(dimensions.flatMap((d) => (d.stats.status === 'shown' ? [[d.id, d.stats.mean] as const] : [])));
  // Dominance compares a climate with every other: with one hidden, it cannot be read.
  const dominant = allShown ? dominantOf(new Map([[instrument.id, means]]), instrument.id, dominance) : undefined;
  const spec = dominant ? specOf(instrument, dominant) : undefined;
  return (
    <p class="dominant">
      <strong>{instrument.profile!.highest}</strong>
      {t('team.colon')}
      {dominant && spec ? (
        <>
          {t('team.dominant', { name: spec.name, mean: num(means.get(dominant)!) })} <a href={spec.guide}>{t('team.link.guide', { name: spec.name })}</a>
        </>
      ) : allShown ? (
        t('team.dominant.none', { atLeast: dominance.atLeast, lead: dominance.lead })
      ) : (
        t('team.dominant.hidden')
      )}
    </p>
  );
}

/** The dimensions 10 points or more below the highest mean, each with its band's actions and guide link; or that none stands out. */
function WeakPoints({ instrument, dimensions, t, num }: { instrument: TeamInstrument; dimensions: Dimensions; t: TeamT; num: Num }) {
  const low = weakPoints(dimensions);
  const statsOf = (id: string) => dimensions.find((d) => d.id === id)!.stats as Shown;
  return (
    <section aria-labelledby={`weak-${instrument.id}`}>
      <h3 id={`weak-${instrument.id}`}>{t('team.weakest.title')}</h3>
      {low.length === 0 && <p>{t('team.weakest.none', { gap: TEAM_GAP })}</p>}
      {low.length > 0 && (
        <ul class="advice">
          {low.map((id) => {
            const d = specOf(instrument, id);
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
      )}
    </section>
  );
}
