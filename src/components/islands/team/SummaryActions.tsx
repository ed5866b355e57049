/**
 * The exports of a team summary, the same wherever it is shown (the facilitator's analysis, a
 * session's summary): a CSV file, print or PDF, and a link that carries the figures on display
 * only. `children`: further buttons of the screen, in the same row.
 */
import type { ComponentChildren } from 'preact';
import { summaryCsv, summaryFragment, type TeamInstrument, type TeamSummary } from '../../../lib/team-summary';
import type { TeamT } from './types';
import { CopyFeedback, useClipboard } from '../shared/CopyFeedback';
import { saveBlob } from '../shared/download';

interface Props {
  summary: TeamSummary;
  instruments: readonly TeamInstrument[];
  t: TeamT;
  /** Id of the field shown when the link must be copied by hand. */
  id: string;
  children?: ComponentChildren;
}

export function SummaryActions({ summary, instruments, t, id, children }: Props) {
  const clipboard = useClipboard(t('team.actions.fallback'));
  const anyShown = summary.groups.some((g) => g.status === 'shown');
  const download = () => {
    const labels = { header: t('team.csv.header').split(';'), few: t('team.hidden.few', { threshold: summary.threshold }), alike: t('team.hidden.alike'), t };
    saveBlob(new Blob(['\uFEFF', summaryCsv(summary, instruments, labels)], { type: 'text/csv;charset=utf-8' }), 'synthese-equipe.csv');
  };
  const copyLink = () => clipboard.copy(`${location.origin}${location.pathname}${summaryFragment(summary)}`, t('team.actions.linkCopied'));
  return (
    <>
      {(anyShown || children) && (
        <div class="actions no-print">
          {anyShown && (
            <>
              <button type="button" class="button" onClick={download}>
                {t('team.actions.csv')}
              </button>
              <button type="button" class="button secondary" onClick={() => print()}>
                {t('team.actions.print')}
              </button>
              <button type="button" class="button secondary" onClick={() => void copyLink()}>
                {t('team.actions.link')}
              </button>
            </>
          )}
          {children}
        </div>
      )}
      <CopyFeedback clipboard={clipboard} id={id} label={t('team.actions.fallbackLabel')} />
    </>
  );
}
