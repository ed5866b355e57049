/** The figures of the pipeline check, each with its definition one click away. Renders only. */
import type { ComponentChildren } from 'preact';
import type { Figures } from '../../../lib/pipeline/analyse';
import type { Translator, UiKey } from '../../../lib/i18n';
import type { Formatters } from './format';

interface Props {
  figures: Figures;
  staleDays: number;
  f: Formatters;
  t: Translator<UiKey>;
  /** Caption of the table (the salesperson's name in the per-person view). */
  caption: string;
  /** Id prefix of the definitions (unique on the page). */
  id: string;
}

export function FiguresTable({ figures: g, staleDays, f, t, caption, id }: Props) {
  const na = t('pipeline.na');
  const countAmount = (b: { count: number; amount: number }) => t('pipeline.fig.countAmount', { count: f.int(b.count), amount: f.amount(b.amount) });
  const rows: [key: string, label: string, value: string, definition: string][] = [
    ['open', t('pipeline.fig.open'), t('pipeline.fig.openValue', { amount: f.amount(g.open.amount), count: f.int(g.open.count) }), t('pipeline.def.open')],
    ['weighted', t('pipeline.fig.weighted'), g.weighted === null ? na : f.amount(g.weighted), t('pipeline.def.weighted', { count: f.int(g.noProbability) })],
    [
      'coverage',
      t('pipeline.fig.coverage'),
      g.remaining === null ? t('pipeline.fig.coverageNoTarget') : g.coverage === null ? t('pipeline.fig.coverageReached') : f.ratio(g.coverage),
      t('pipeline.def.coverage'),
    ],
    ['winRate', t('pipeline.fig.winRate'), g.winRate === null ? na : t('pipeline.fig.winRateValue', { rate: f.percent(g.winRate), won: f.int(g.won.count), closed: f.int(g.won.count + g.lost.count) }), t('pipeline.def.winRate')],
    ['averageWon', t('pipeline.fig.averageWon'), g.averageWon === null ? na : f.amount(g.averageWon), t('pipeline.def.averageWon')],
    ['cycle', t('pipeline.fig.cycle'), g.cycle === null ? na : t('pipeline.fig.cycleValue', { mean: f.int(g.cycle.mean), median: f.int(g.cycle.median), count: f.int(g.cycle.count) }), t('pipeline.def.cycle')],
    ['velocity', t('pipeline.fig.velocity'), g.velocity === null ? na : t('pipeline.fig.velocityValue', { amount: f.amount(g.velocity) }), t('pipeline.def.velocity')],
    ['pastClose', t('pipeline.fig.pastClose'), countAmount(g.pastClose), t('pipeline.def.pastClose')],
    ['stale', t('pipeline.fig.stale', { days: staleDays }), g.stale === null ? na : countAmount(g.stale), t('pipeline.def.stale')],
  ];
  if (g.forecast) {
    rows.push(['forecast', t('pipeline.fig.forecast'), t('pipeline.fig.forecastValue', { low: f.amount(g.forecast.low), high: f.amount(g.forecast.high) }), t('pipeline.def.forecast', { pipeline: f.amount(g.forecast.pipeline) })]);
  }
  if (g.meddiccComplete !== null) rows.push(['meddicc', t('pipeline.fig.meddicc'), f.percent(g.meddiccComplete), t('pipeline.def.meddicc')]);
  return (
    <table class="pipeline-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pipeline.figure')}</th>
          <th scope="col">{t('pipeline.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, value, definition]) => (
          <tr key={key} data-figure={key}>
            <th scope="row">
              <Definition id={`${id}-${key}`} label={label} summary={t('pipeline.definition')}>
                {definition}
              </Definition>
            </th>
            <td data-value>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Definition({ id, label, summary, children }: { id: string; label: string; summary: string; children: ComponentChildren }) {
  return (
    <details class="pipeline-definition" id={id}>
      <summary>
        {label} <span class="pipeline-definition-hint">({summary})</span>
      </summary>
      <p>{children}</p>
    </details>
  );
}
