/**
 * The team's distribution by band, one row per dimension: a dot per respondent in the band it
 * falls in (never at its exact score), and the team mean as a tick. The table beside it carries
 * the same figures for screen readers.
 */
import type { TeamInstrument } from '../../../lib/team-summary';
import type { DimensionStats } from '../../../lib/team-stats';
import type { T } from './types';

interface Props {
  instrument: TeamInstrument;
  dimensions: { id: string; stats: DimensionStats }[];
  t: T;
}

const WIDTH = 660;
const LABEL = 150;
const ROW = 34;
const DOT = 5;

export function StripChart({ instrument, dimensions, t }: Props) {
  const plot = WIDTH - LABEL - 10;
  const x = (score: number) => LABEL + (score / 100) * plot;
  const height = dimensions.length * ROW + 24;
  return (
    <svg class="strip" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('team.chart.label')}>
      {dimensions.map((d, row) => {
        const spec = instrument.dimensions.find((s) => s.id === d.id)!;
        const y = row * ROW + ROW / 2;
        return (
          <g key={d.id}>
            <text class="label" x={LABEL - 8} y={y + 4} text-anchor="end">
              {spec.shortName}
            </text>
            {spec.bands.map((band, b) => {
              const count = d.stats.bands[b]?.count ?? 0;
              const from = x(band.min);
              const to = x(Math.min(100, band.max + 1));
              const step = Math.min(DOT * 2.4, (to - from - DOT * 2) / Math.max(1, count));
              return (
                <g key={band.label}>
                  <rect class={`band band-${b}`} x={from} y={y - ROW / 2 + 3} width={to - from} height={ROW - 6} />
                  {Array.from({ length: count }, (_, i) => (
                    <circle class="dot" cx={from + DOT + 2 + i * step} cy={y} r={DOT} />
                  ))}
                </g>
              );
            })}
            {d.stats.mean !== null && <line class="mean" x1={x(d.stats.mean)} x2={x(d.stats.mean)} y1={y - ROW / 2 + 2} y2={y + ROW / 2 - 2} />}
          </g>
        );
      })}
      {[0, 25, 50, 75, 100].map((tick) => (
        <text class="tick" x={x(tick)} y={height - 4} text-anchor="middle">
          {tick}
        </text>
      ))}
    </svg>
  );
}
