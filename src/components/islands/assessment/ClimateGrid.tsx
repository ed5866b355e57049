/**
 * Victor and Cullen's grid of ethical climates with the reader's scores: the same geometry and
 * classes as the ethics page's diagram (src/lib/diagrams.ts), drawn only for a questionnaire whose
 * dimensions are the five climates. The scores table of the results view says the same in words.
 */
import { CLIMATE_CRITERIA, CLIMATE_LOCI, barWidth, climateGridLayout, isClimateSet } from '../../../lib/diagrams';
import { labelLines } from '../../../lib/radar';
import type { Score } from '../../../lib/scoring';
import type { T } from '../../../lib/i18n';

interface Props {
  dimensions: readonly { id: string; shortName: string }[];
  scores: Score[];
  notScored: string;
  t: T;
}

export function ClimateGrid({ dimensions, scores, notScored, t }: Props) {
  if (!isClimateSet(dimensions.map((d) => d.id))) return null;
  const layout = climateGridLayout(true);
  return (
    <figure class="climate-grid">
      <svg class="radar" viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true">
        {layout.cells.map((c, i) => (
          <rect key={i} class="ring" x={c.x} y={c.y} width={c.w} height={c.h} />
        ))}
        {CLIMATE_LOCI.map((l, i) => (
          <text key={l} class="middle" x={layout.columns[i]!.x} y={layout.columns[i]!.y}>
            {t(`diagram.climates.locus.${l}`)}
          </text>
        ))}
        {CLIMATE_CRITERIA.map((c, i) => (
          <text key={c} class="end" x={layout.rows[i]!.x} y={layout.rows[i]!.y}>
            {t(`diagram.climates.criterion.${c}`)}
          </text>
        ))}
        {layout.placements.map(({ id, box, label, bar }) => {
          const i = dimensions.findIndex((d) => d.id === id);
          const score = scores[i] ?? null;
          const text = `${dimensions[i]!.shortName} · ${score === null ? notScored : score}`;
          return (
            <g key={id}>
              <rect class="current" x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
              <text class="middle" x={label.x} y={label.y}>
                {labelLines(text, box.w > 200 ? 40 : 16).map((line, l, all) => (
                  <tspan key={l} x={label.x} dy={l === 0 ? `${-0.55 * (all.length - 1)}em` : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect class="ring" x={bar.x} y={bar.y} width={bar.w} height={bar.h} />
              <rect class="dot" x={bar.x} y={bar.y} width={barWidth(bar, score)} height={bar.h} />
            </g>
          );
        })}
      </svg>
      <figcaption>{t('diagram.climates.scoresCaption')}</figcaption>
    </figure>
  );
}
