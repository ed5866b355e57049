/**
 * The result code and what to do with it: copy the code or the result link, plan included (with a selected-text
 * fallback when the clipboard is unavailable), print or save as PDF, edit answers, start again.
 */
import { useStore } from '@nanostores/preact';
import { CopyFeedback, useClipboard } from '../shared/CopyFeedback';
import { formatResultLink } from '../../../lib/result-link';
import { $plan, planParam } from '../../../stores/plan';
import type { AssessmentT } from './types';

interface Props {
  code: string;
  canEdit: boolean;
  t: AssessmentT;
  onEdit: () => void;
  onRestart: () => void;
}

export function CodeBox({ code, canEdit, t, onEdit, onRestart }: Props) {
  const clipboard = useClipboard(t('diagnostic.code.fallback'));
  const copy = (text: string) => clipboard.copy(text, t('diagnostic.code.copied'));
  // The link reopens the plan too, as the page's own address does.
  const link = `${location.origin}${location.pathname}${formatResultLink(code, planParam(useStore($plan)))}`;

  return (
    <section class="code-box" aria-labelledby="result-code-title">
      <h3 id="result-code-title">{t('diagnostic.code.title')}</h3>
      <p class="code">
        <code>{code}</code>
      </p>
      <p>{t('diagnostic.code.help')}</p>
      <p class="link">
        {t('diagnostic.code.link')} <a href={link}>{link}</a>
      </p>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => void copy(code)}>
          {t('diagnostic.code.copy')}
        </button>
        <button type="button" class="button secondary" onClick={() => void copy(link)}>
          {t('diagnostic.code.copyLink')}
        </button>
        <button type="button" class="button secondary" onClick={() => print()}>
          {t('diagnostic.code.print')}
        </button>
        {canEdit && (
          <button type="button" class="button secondary" onClick={onEdit}>
            {t('diagnostic.code.edit')}
          </button>
        )}
        <button type="button" class="button secondary" onClick={onRestart}>
          {t('diagnostic.code.restart')}
        </button>
      </div>
      <CopyFeedback clipboard={clipboard} id="copy-fallback" label={t('diagnostic.code.fallbackLabel')} />
    </section>
  );
}
