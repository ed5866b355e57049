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
import { $compare, type Shown } from '../../../stores/assessment';
import { bandOf, overallIndex, type Answers, type Score } from '../../../lib/scoring';
import { reliableChangeOf, responseStyle, riskPattern, standOut, type Evidence } from '../../../lib/signals';
import { offeredActions } from '../../../lib/plan-offer';
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
  shown: Shown;
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
 * Returns the change from `before` to `now` as « +32 », or « +12, dans le bruit (seuil 28) » when
 * it is under the threshold; « — » without both scores.
 */
function change(now: Score | undefined, before: Score | undefined, items: number, index: number, evidence: Evidence | null, t: AssessmentT): string {
  const c = reliableChangeOf(now, before, items, index, evidence);
  if (!c) return '—';
  if (c.beyondNoise) return signed(c.delta);
  return Number.isFinite(c.threshold) ? t('diagnostic.results.withinNoise', { change: signed(c.delta), threshold: c.threshold }) : t('diagnostic.results.unreadableChange', { change: signed(c.delta) });
}

export function Results({ instrument, registry, shown, answers, teamHref, t, onEdit, onRestart }: Props) {
  const compared = useStore($compare);
  const compare = compared?.scores ?? null;
  const { scores } = shown;
  const dims = instrument.dimensions;
  const config = instrument.results;
  const overall = config.type === 'index' ? overallIndex(scores) : null;
  const missing = scores.filter((s) => s === null).length;
  const sizes = dims.map((d) => d.items.length);
  const groups = dims.map((d) => d.items);
  const evidence: Evidence | null = answers ? { groups, answers } : null;
  const style = answers ? responseStyle(groups, answers) : null;
  const stand = standOut(scores, sizes, evidence);
  const risk = config.type === 'profile' && riskPattern(scores, dims.findIndex((d) => d.id === config.risk.dimension), config.risk.from, evidence);
  const offered = new Set(offeredActions(dims, scores, config.type).map((o) => o.dimension));
  // The overall index's change is read with the largest dimension threshold: the error of a mean of scores is smaller than each one's.
  const overallItems = Math.min(...sizes);
  const notScored = t('diagnostic.results.notScored');
  const value = (s: Score | undefined) => (s === null || s === undefined ? notScored : String(s));
  const bandLabel = (i: number) => bandOf(dims[i]!.bands, scores[i] ?? null)?.label ?? '—';
  const names = (indexes: number[]) => indexes.map((i) => `${dims[i]!.name} (${scores[i]})`).join(', ');
  const name = registry.find((r) => r.id === instrument.id)?.name ?? instrument.id;
  // A questionnaire with a committee side (companies' charter) is meant to be pooled: its results for
  // one person stay short (no reading per dimension, no action plan) and point to the team view.
  const pooled = registry.some((r) => r.id === instrument.id && r.committee);
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
      {shown.committee && (
        <p class="callout committee" role="note">
          {t('diagnostic.committee.results')}
        </p>
      )}
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
          <p class="none-stands-out">{t(answers ? 'diagnostic.results.noneStandsOut' : 'diagnostic.results.noContrastFromCode')}</p>
        )}
      </div>

      <figure class="chart">
        <Bars names={dims.map((d) => d.name)} scores={scores} earlier={compare} notScored={notScored} />
        <figcaption>
          {t('diagnostic.results.bars')} {compare && t('diagnostic.results.compareLegend')}
        </figcaption>
      </figure>

      <details class="score-table" open={compare !== null}>
        <summary>{t('diagnostic.results.table.show')}</summary>
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
                  <td>{bandLabel(i)}</td>
                  {compare && <td>{value(compare[i])}</td>}
                  {compare && <td>{change(scores[i], compare[i], sizes[i]!, i, evidence, t)}</td>}
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
                  {compare && <td>{change(overall, overallIndex(compare), overallItems, -1, evidence && style ? evidence : null, t)}</td>}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </details>
      {compared && compared.version !== shown.version && (
        <p class="callout warning" role="note">
          {t('diagnostic.results.compareVersions', { earlier: compared.version })}
        </p>
      )}

      {!pooled && <Details instrument={instrument} scores={scores} answers={answers} offered={offered} t={t} />}

      <aside class="callout limits" aria-labelledby="limits-title">
        <h3 id="limits-title">{t('diagnostic.results.limits.title')}</h3>
        <p>{t('diagnostic.results.limits.text')}</p>
      </aside>

      {pooled ? (
        !shown.committee && <p class="callout team">
          {t('diagnostic.committee.pooled')} {teamHref ? <a href={teamHref}>{t('diagnostic.committee.teamLink')}</a> : t('diagnostic.committee.teamLink')}.
        </p>
      ) : (
        <Plan instrument={instrument} scores={scores} name={name} t={t} image={image} />
      )}
      <CodeBox code={shown.code} canEdit={shown.fromAnswers} t={t} onEdit={onEdit} onRestart={onRestart} />
      <Compare instrument={instrument.id} registry={registry} active={compare !== null} t={t} />
      {teamHref && !pooled && (
        <p class="callout team">
          {t('diagnostic.results.team')} <a href={teamHref}>{t('diagnostic.results.teamLink')}</a>
        </p>
      )}
    </section>
  );
}
