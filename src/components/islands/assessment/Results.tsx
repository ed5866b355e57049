/**
 * The results, what the scores say first and once: the version behind an old code, the overall
 * index (or why there is none), a response-style notice, the risk pattern of a profile, the
 * highest and lowest dimensions (only when they stand out from answer noise), one chart, the
 * table of the same figures for those who want it (folded), then what each score suggests. Then
 * the limits, the action plan (which alone offers the band actions it covers), the result code and
 * its tools, and the comparison with an earlier code (changes under their reliable-change
 * threshold read as noise). The signals come from src/lib/signals.ts, calibrated on noise.
 */
import { useStore } from '@nanostores/preact';
import { $compare, type ShownResults } from '../../../stores/assessment';
import type { Answers, Score } from '../../../lib/scoring';
import type { ReliableChange } from '../../../lib/signals';
import { resultsView, type ResultsView } from '../../../lib/results-view';
import type { IslandInstrument, RegistryEntry } from '../../../lib/instrument-view';
import { Bars } from './Charts';
import { CodeBox } from './CodeBox';
import { Compare } from './Compare';
import { Details } from './Details';
import { Plan } from './Plan';
import type { AssessmentT } from './types';
import resultsCss from './results.css?inline';
import { adoptStyles } from '../shared/adopt-styles';

// The results' styles come with the island's code (see results.css), adopted as it runs, before any result shows.
adoptStyles(resultsCss);

interface Props {
  instrument: IslandInstrument;
  registry: RegistryEntry[];
  results: ShownResults;
  answers: Answers | null;
  teamHref?: string | undefined;
  t: AssessmentT;
  onEdit: () => void;
  onRestart: () => void;
}

/** Returns a signed change (« +12 », « −15 », « 0 »). */
function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';
}

/**
 * Returns a change as « +32 », or « +12, dans le bruit (seuil 28) » when it is under its
 * threshold; « — » without both scores.
 */
function changeText(c: ReliableChange | null, t: AssessmentT): string {
  if (!c) return '—';
  if (c.beyondNoise) return signed(c.delta);
  return Number.isFinite(c.threshold) ? t('diagnostic.results.withinNoise', { change: signed(c.delta), threshold: c.threshold }) : t('diagnostic.results.unreadableChange', { change: signed(c.delta) });
}

export function Results({ instrument, registry, results, answers, teamHref, t, onEdit, onRestart }: Props) {
  const compared = useStore($compare);
  const compare = compared?.scores ?? null;
  const { scores } = results;
  const dims = instrument.dimensions;
  const config = instrument.results;
  const view = resultsView(instrument, registry, scores, answers, compare);
  const { overall, pooled } = view;
  const notScored = t('diagnostic.results.notScored');
  const image = {
    title: t('plan.image.title', { name: view.name }),
    subtitle: overall !== null ? t('plan.image.overall', { score: overall }) : config.type === 'profile' ? t('plan.image.profile') : t('diagnostic.results.noOverall', { count: view.missing }),
    axes: dims.map((d) => d.shortName),
    names: dims.map((d) => d.name),
    scores,
    notScored,
    footer: t('plan.image.footer', { site: location.host }),
  };

  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1}>
        {t('diagnostic.results.title')}
      </h2>
      {results.committee && (
        <p class="callout committee" role="note">
          {t('diagnostic.committee.results')}
        </p>
      )}
      {!results.fromAnswers && <p class="from-code">{t('diagnostic.results.fromCode', { code: results.code })}</p>}
      {results.version !== instrument.version && <p class="old-version">{t('diagnostic.results.oldVersion', { version: results.version })}</p>}
      <Headline instrument={instrument} scores={scores} view={view} fromAnswers={answers !== null} t={t} />

      <figure class="chart">
        <Bars names={dims.map((d) => d.name)} scores={scores} earlier={compare} notScored={notScored} />
        <figcaption>
          {t('diagnostic.results.bars')} {compare && t('diagnostic.results.compareLegend')}
        </figcaption>
      </figure>

      <ScoreTable view={view} compared={compare !== null} t={t} />
      {compared && compared.version !== results.version && (
        <p class="callout warning" role="note">
          {t('diagnostic.results.compareVersions', { earlier: compared.version })}
        </p>
      )}

      {!pooled && <Details instrument={instrument} scores={scores} answers={answers} offered={view.offered} t={t} />}

      <aside class="callout limits" aria-labelledby="limits-title">
        <h3 id="limits-title">{t('diagnostic.results.limits.title')}</h3>
        <p>{t('diagnostic.results.limits.text')}</p>
      </aside>

      {pooled ? (
        !results.committee && <p class="callout team">
          {t('diagnostic.committee.pooled')} {teamHref ? <a href={teamHref}>{t('diagnostic.committee.teamLink')}</a> : t('diagnostic.committee.teamLink')}.
        </p>
      ) : (
        <Plan instrument={instrument} scores={scores} name={view.name} t={t} image={image} />
      )}
      <CodeBox code={results.code} canEdit={results.fromAnswers} t={t} onEdit={onEdit} onRestart={onRestart} />
      <Compare instrument={instrument.id} registry={registry} active={compare !== null} t={t} />
      {teamHref && !pooled && (
        <p class="callout team">
          {t('diagnostic.results.team')} <a href={teamHref}>{t('diagnostic.results.teamLink')}</a>
        </p>
      )}
    </section>
  );
}

interface HeadlineProps {
  instrument: IslandInstrument;
  scores: readonly Score[];
  view: ResultsView;
  /** True for answers given on the page (a result link carries no answers to read a contrast from). */
  fromAnswers: boolean;
  t: AssessmentT;
}

/** What the scores say first: the overall index (or why there is none), a response-style notice, the risk pattern, the dimensions that stand out. */
function Headline({ instrument, scores, view: { overall, missing, style, risk, stand }, fromAnswers, t }: HeadlineProps) {
  const dims = instrument.dimensions;
  const config = instrument.results;
  const names = (indexes: number[]) => indexes.map((i) => `${dims[i]!.name} (${scores[i]})`).join(', ');
  return (
    <div class="summary">
      {config.type === 'profile' ? (
        <p>{config.noIndex}</p>
      ) : overall !== null ? (
        <p class="overall-index">
          {t('diagnostic.results.overall')} <strong>{overall}</strong> / 100
          <span class="sub-line">{t('diagnostic.results.overallHelp', { count: dims.length })}</span>
        </p>
      ) : (
        <p class="no-overall">{t('diagnostic.results.noOverall', { count: missing })}</p>
      )}
      {style && (
        <p class="callout response-style" role="note">
          {t(style === 'yes-saying' ? 'diagnostic.results.yesSaying' : 'diagnostic.results.sameAnswer')}
        </p>
      )}
      {risk && config.type === 'profile' && (
        <div class="callout warning risk" role="note" aria-labelledby="risk-title">
          <h3 id="risk-title">{t('diagnostic.results.risk')}</h3>
          <p>{config.risk.message}</p>
        </div>
      )}
      {stand ? (
        <dl class="extremes">
          <div>
            <dt>{config.highest}</dt>
            <dd>{names(stand.highest)}</dd>
          </div>
          <div>
            <dt>{config.lowest}</dt>
            <dd>{names(stand.lowest)}</dd>
          </div>
        </dl>
      ) : (
        <p class="none-stands-out">{t(fromAnswers ? 'diagnostic.results.noneStandsOut' : 'diagnostic.results.noContrastFromCode')}</p>
      )}
    </div>
  );
}

/** The table of the same figures, folded (open while comparing): score and band per dimension, with the earlier code's scores and the changes. */
function ScoreTable({ view: { rows, overallRow }, compared, t }: { view: ResultsView; compared: boolean; t: AssessmentT }) {
  const notScored = t('diagnostic.results.notScored');
  const value = (s: Score | undefined) => (s === null || s === undefined ? notScored : String(s));
  return (
    <details class="score-table" open={compared}>
      <summary>{t('diagnostic.results.table.show')}</summary>
      <div class="table-scroll" role="group" tabIndex={0} aria-labelledby="scores-caption">
        <table class="scores">
          <caption id="scores-caption">{t('diagnostic.results.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diagnostic.results.table.dimension')}</th>
              <th scope="col">{t('diagnostic.results.table.score')}</th>
              <th scope="col">{t('diagnostic.results.table.band')}</th>
              {compared && <th scope="col">{t('diagnostic.results.table.earlier')}</th>}
              {compared && <th scope="col">{t('diagnostic.results.table.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{value(row.score)}</td>
                <td>{row.band}</td>
                {compared && <td>{value(row.earlier)}</td>}
                {compared && <td>{changeText(row.change, t)}</td>}
              </tr>
            ))}
          </tbody>
          {overallRow && (
            <tfoot>
              <tr>
                <th scope="row">{t('diagnostic.results.overall')}</th>
                <td>{overallRow.score}</td>
                <td>—</td>
                {compared && <td>{value(overallRow.earlier ?? null)}</td>}
                {compared && <td>{changeText(overallRow.change, t)}</td>}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </details>
  );
}
