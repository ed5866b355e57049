/**
 * A horizontal bar chart drawn in SVG, with its table one click away (`<details>`), so that what the
 * chart shows is also readable as text. Renders only: buckets come from the analysis.
 */
import type { Bucket } from '../../../lib/pipeline/analyse';
import type { Formatters } from './format';
import type { Translator, UiKey } from '../../../lib/i18n';

interface Props {
  id: string;
  title: string;
  buckets: Bucket[];
  label: (key: string) => string;
  f: Formatters;
  t: Translator<UiKey>;
}

const ROW = 22;
const LABEL = 150;
const WIDTH = 560;

export function BarChart({ id, title, buckets, label, f, t }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.amount));
  const bar = WIDTH - LABEL - 110;
  const height = buckets.length * ROW + 4;
  return (
    <figure class="pipeline-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {buckets.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * ROW + 2})`}>
            <text x={LABEL - 6} y={ROW / 2 + 4} text-anchor="end" class="pipeline-chart-label">
              {label(b.key).slice(0, 24)}
            </text>
            <rect x={LABEL} y={3} height={ROW - 8} width={Math.max(b.amount > 0 ? 1 : 0, (b.amount / max) * bar)} class="pipeline-chart-bar" />
            <text x={LABEL + (b.amount / max) * bar + 6} y={ROW / 2 + 4} class="pipeline-chart-value">
              {f.amount(b.amount)} ({b.count})
            </text>
          </g>
        ))}
      </svg>
      <details class="pipeline-chart-table">
        <summary>{t('pipeline.chart.table')}</summary>
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pipeline.chart.key')}</th>
              <th scope="col">{t('pipeline.chart.count')}</th>
              <th scope="col">{t('pipeline.chart.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key}>
                <th scope="row">{label(b.key)}</th>
                <td>{f.int(b.count)}</td>
                <td>{f.amount(b.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
