/**
 * The companies' charter from both sides (issue 25): the management committee's declared score
 * beside the salespeople's team figures, article by article, under the team view's privacy rules
 * (the perceived side is the group exactly as GroupView shows it: rounded means, merged bands,
 * hidden articles). Names the articles where perception falls short of the declaration by the noise
 * margin or more (src/lib/team-gap.ts), with their indicators from the companies' charter as the
 * next step. « Imprimer le rapport du comité » prints this block alone, on one page.
 */
import { useEffect, useState } from 'preact/hooks';
import { cellLabel, type TeamInstrument } from '../../../lib/team-summary';
import type { CommitteeGap } from '../../../lib/team-gap';
import type { Num, TeamT } from './types';

interface Props {
  instrument: TeamInstrument;
  gap: CommitteeGap;
  /** The anonymity threshold applied, for the hidden articles' sentence. */
  threshold: number;
  t: TeamT;
  num: Num;
}

/** Class on `<html>` while the committee's report alone is printed (team.css). */
const PRINTING = 'print-gap';

export function GapView({ instrument, gap, threshold, t, num }: Props) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    const done = () => setPrinting(false);
    root.classList.add(PRINTING);
    addEventListener('afterprint', done);
    print();
    return () => {
      root.classList.remove(PRINTING);
      removeEventListener('afterprint', done);
    };
  }, [printing]);
  const heading = `gap-${instrument.id}`;
  const dimension = (id: string) => instrument.dimensions.find((d) => d.id === id)!;
  return (
    <section class="gap-report" aria-labelledby={heading}>
      <h2 id={heading}>{t('team.gap.title', { name: instrument.shortTitle })}</h2>
      {gap.status === 'few' ? (
        <p class="callout">{t('team.gap.few', { threshold: gap.threshold, count: gap.count })}</p>
      ) : gap.status === 'several' ? (
        <p class="callout warning">{t('team.gap.several', { count: gap.declarations })}</p>
      ) : gap.status === 'version' ? (
        <p class="callout">{t('team.gap.version', { version: gap.version })}</p>
      ) : (
        <>
          <p>{t('team.gap.intro', { count: num(gap.count) })}</p>
          <div class="table-wrap" tabindex={0} role="region" aria-label={t('team.gap.caption')}>
            <table>
              <caption>{t('team.gap.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.gap.article')}</th>
                  <th scope="col">{t('team.gap.declared')}</th>
                  <th scope="col">{t('team.gap.perceived')}</th>
                  <th scope="col">{t('team.table.bands')}</th>
                  <th scope="col">{t('team.gap.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {gap.rows.map((row) => {
                  const d = dimension(row.id);
                  const p = row.perceived;
                  return (
                    <tr key={row.id} class={row.short ? 'short' : undefined}>
                      <th scope="row">{d.name}</th>
                      <td>{row.declared === null ? t('team.gap.notScored') : num(row.declared)}</td>
                      {p.status === 'shown' ? (
                        <>
                          <td>{t('team.gap.mean', { mean: num(p.mean), n: num(p.n) })}</td>
                          <td>
                            {p.cells.length === 0
                              ? t('team.cells.none')
                              : p.cells
                                  .map((c) =>
                                    cellLabel(
                                      c,
                                      d.bands.map((b) => b.label),
                                      t,
                                    ),
                                  )
                                  .join(t('team.listSeparator'))}
                          </td>
                        </>
                      ) : (
                        <td colSpan={2}>{p.status === 'few' ? t('team.hidden.few', { threshold }) : t('team.hidden.alike')}</td>
                      )}
                      <td>{row.gap === null ? '—' : row.short ? t('team.gap.short', { gap: num(row.gap), margin: row.margin }) : t('team.gap.within', { gap: num(row.gap), margin: row.margin })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3>{t('team.gap.shortTitle')}</h3>
          {gap.short.length === 0 ? (
            <p>{t('team.gap.none')}</p>
          ) : (
            <ul class="advice">
              {gap.short.map((id) => {
                const d = dimension(id);
                const row = gap.rows.find((r) => r.id === id)!;
                return (
                  <li key={id}>
                    <p>
                      <strong>{d.name}</strong>
                      {t('team.colon')}
                      {t('team.gap.item', { declared: num(row.declared!), mean: num(row.declared! - row.gap!), gap: num(row.gap!), margin: row.margin })}
                    </p>
                    {d.indicators && d.indicators.length > 0 && (
                      <>
                        <p>{t('team.gap.indicators')}</p>
                        <ul>
                          {d.indicators.map((indicator) => (
                            <li key={indicator}>{indicator}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <p class="help">{t('team.gap.rule')}</p>
          <p class="actions no-print">
            <button type="button" class="button secondary" onClick={() => setPrinting(true)}>
              {t('team.gap.print')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
