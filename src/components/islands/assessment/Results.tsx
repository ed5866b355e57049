/**
 * The results: the version behind an old code, overall index (or why there is none), the risk
 * signal of a profile, the highest and lowest dimensions (only when they differ meaningfully),
 * the limits of a self-assessment, charts and a table of the same figures, the result code and
 * its tools, comparison with an earlier code (changes under 10 points read « stable »), the
 * action plan with its reminder and the results image, then what each score suggests.
 */
import { useStore } from '@nanostores/preact';
import { $compare, type Shown } from '../../../stores/assessment';
import { bandOf, changeOf, extremes, overallIndex, riskRaised, type Answers, type Score } from '../../../lib/scoring';
import type { IslandInstrument, RegistryEntry } from '../../../lib/instrument-view';
import { Bars, Radar } from './Charts';
import { ClimateGrid } from './ClimateGrid';
import { CodeBox } from './CodeBox';
import { Compare } from './Compare';
import { Details } from './Details';
import { Plan } from './Plan';
import type { T } from '../../../lib/i18n';
import resultsCss from './results.css?inline';
import { adoptStyles } from '../shared/adopt-styles';

// The results' styles come with the island's code (see results.css), adopted as it runs, before any result shows.
adoptStyles(resultsCss);

interface Props {
  instrument: IslandInstrument;
  registry: RegistryEntry[];
  shown: Shown;
  answers: Answers | null;
  teamHref?: string | undefined;
  t: T;
  onEdit: () => void;
  onRestart: () => void;
}

/** Returns the change from `before` to `now` as « +12 », « −15 », or « stable (+4) » under 10 points; « — » without both. */
function change(now: Score | undefined, before: Score | undefined, t: T): string {
  const c = changeOf(now, before);
  if (!c) return '—';
  const signed = c.delta > 0 ? `+${c.delta}` : c.delta < 0 ? `−${-c.delta}` : '0';
  return c.stable ? t('diagnostic.results.stable', { change: signed }) : signed;
}

export function Results({ instrument, registry, shown, answers, teamHref, t, onEdit, onRestart }: Props) {
  const compared = useStore($compare);
  const compare = compared?.scores ?? null;
  const { scores } = shown;
  const dims = instrument.dimensions;
  const config = instrument.results;
  const overall = config.type === 'index' ? overallIndex(scores) : null;
  const missing = scores.filter((s) => s === null).length;
  const standOut = extremes(scores);
  const risk = config.type === 'profile' && riskRaised(scores, dims.findIndex((d) => d.id === config.risk.dimension), config.risk.from);
  const notScored = t('diagnostic.results.notScored');
  const value = (s: Score | undefined) => (s === null || s === undefined ? notScored : String(s));
  const names = (indexes: number[]) => indexes.map((i) => `${dims[i]!.name} (${scores[i]})`).join(', ');
  const radarTitle = t('diagnostic.results.radarLabel', { list: dims.map((d, i) => `${d.name} ${value(scores[i])}`).join(', ') });
  const name = registry.find((r) => r.id === instrument.id)?.name ?? instrument.id;
  const image = {
    title: t('plan.image.title', { name }),
    subtitle: overall !== null ? t('plan.image.overall', { score: overall }) : config.type === 'profile' ? t('plan.image.profile') : t('diagnostic.results.noOverall', { count: missing }),
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
      {!shown.fromAnswers && <p class="from-code">{t('diagnostic.results.fromCode', { code: shown.code })}</p>}
      {shown.version !== instrument.version && <p class="old-version">{t('diagnostic.results.oldVersion', { version: shown.version })}</p>}
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
        {risk && config.type === 'profile' && (
          <div class="callout warning risk" role="note" aria-labelledby="risk-title">
            <h3 id="risk-title">{t('diagnostic.results.risk')}</h3>
            <p>{config.risk.message}</p>
          </div>
        )}
        {standOut ? (
          <dl class="extremes">
            <div>
              <dt>{config.highest}</dt>
              <dd>{names(standOut.highest)}</dd>
            </div>
            <div>
              <dt>{config.lowest}</dt>
              <dd>{names(standOut.lowest)}</dd>
            </div>
          </dl>
        ) : (
          <p>{t('diagnostic.results.noneStandsOut')}</p>
        )}
      </div>
      <aside class="callout limits" aria-labelledby="limits-title">
        <h3 id="limits-title">{t('diagnostic.results.limits.title')}</h3>
        <p>{t('diagnostic.results.limits.text')}</p>
      </aside>

      <div class="charts">
        <figure>
          <Radar labels={dims.map((d) => d.shortName)} scores={scores} earlier={compare} title={radarTitle} />
          <figcaption>
            {t('diagnostic.results.chart')} {compare && t('diagnostic.results.compareLegend')}
          </figcaption>
        </figure>
        <figure>
          <Bars names={dims.map((d) => d.name)} scores={scores} earlier={compare} notScored={notScored} />
          <figcaption>
            {t('diagnostic.results.bars')} {compare && t('diagnostic.results.compareLegend')}
          </figcaption>
        </figure>
        <ClimateGrid dimensions={dims} scores={scores} notScored={notScored} t={t} />
      </div>

      <div class="table-scroll" role="group" tabIndex={0} aria-labelledby="scores-caption">
      <table class="scores">
        <caption id="scores-caption">{t('diagnostic.results.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diagnostic.results.table.dimension')}</th>
            <th scope="col">{t('diagnostic.results.table.score')}</th>
            <th scope="col">{t('diagnostic.results.table.band')}</th>
            {compare && <th scope="col">{t('diagnostic.results.table.earlier')}</th>}
            {compare && <th scope="col">{t('diagnostic.results.table.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {dims.map((d, i) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td>{value(scores[i])}</td>
              <td>{bandOf(d.bands, scores[i] ?? null)?.label ?? '—'}</td>
              {compare && <td>{value(compare[i])}</td>}
              {compare && <td>{change(scores[i], compare[i], t)}</td>}
            </tr>
          ))}
        </tbody>
        {overall !== null && (
          <tfoot>
            <tr>
              <th scope="row">{t('diagnostic.results.overall')}</th>
              <td>{overall}</td>
              <td>—</td>
              {compare && <td>{value(overallIndex(compare) ?? null)}</td>}
              {compare && <td>{change(overall, overallIndex(compare), t)}</td>}
            </tr>
          </tfoot>
        )}
      </table>
      </div>
      {compared && compared.version !== shown.version && (
        <p class="callout warning" role="note">
          {t('diagnostic.results.compareVersions', { earlier: compared.version })}
        </p>
      )}

      <Plan instrument={instrument} scores={scores} name={name} t={t} image={image} />
      <CodeBox code={shown.code} canEdit={shown.fromAnswers} t={t} onEdit={onEdit} onRestart={onRestart} />
      <Compare instrument={instrument.id} registry={registry} active={compare !== null} t={t} />
      {teamHref && (
        <p class="callout team">
          {t('diagnostic.results.team')} <a href={teamHref}>{t('diagnostic.results.teamLink')}</a>
        </p>
      )}
      <Details instrument={instrument} scores={scores} answers={answers} t={t} />
    </section>
  );
}
