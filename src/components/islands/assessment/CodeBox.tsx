/**
 * The result code and what to do with it: copy the code or the result link (with a selected-text
 * fallback when the clipboard is unavailable), print or save as PDF, edit answers, start again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from './types';

interface Props {
  code: string;
  canEdit: boolean;
  t: T;
  onEdit: () => void;
  onRestart: () => void;
}

export function CodeBox({ code, canEdit, t, onEdit, onRestart }: Props) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const link = `${location.origin}${location.pathname}#r=${code}`;

  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus(t('code.copied'));
    } catch {
      setFallback(text);
      setStatus(t('code.fallback'));
    }
  };

  return (
    <section class="code-box" aria-labelledby="result-code-title">
      <h3 id="result-code-title">{t('code.title')}</h3>
      <p class="code">
        <code>{code}</code>
      </p>
      <p>{t('code.help')}</p>
      <p class="link">
        {t('code.link')} <a href={link}>{link}</a>
      </p>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => void copy(code)}>
          {t('code.copy')}
        </button>
        <button type="button" class="button secondary" onClick={() => void copy(link)}>
          {t('code.copyLink')}
        </button>
        <button type="button" class="button secondary" onClick={() => print()}>
          {t('code.print')}
        </button>
        {canEdit && (
          <button type="button" class="button secondary" onClick={onEdit}>
            {t('code.edit')}
          </button>
        )}
        <button type="button" class="button secondary" onClick={onRestart}>
          {t('code.restart')}
        </button>
      </div>
      <p class="status no-print" role="status">
        {status}
      </p>
      {fallback !== null && (
        <p class="fallback no-print">
          <label for="copy-fallback">{t('code.fallbackLabel')}</label>
          <input id="copy-fallback" ref={field} readOnly value={fallback} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </section>
  );
}
