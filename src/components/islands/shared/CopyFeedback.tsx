/**
 * Copying to the clipboard, shared by the islands: `useClipboard` writes the text and reports
 * the outcome; when the clipboard is unavailable it keeps the text for `CopyFeedback` to show
 * in a selected field, so the reader can copy it by hand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Returns the copy action and its state; `fallbackMessage` is announced when copying by hand is needed. */
export function useClipboard(fallbackMessage: string) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus(done);
    } catch {
      setFallback(text);
      setStatus(fallbackMessage);
    }
  };

  return { status, fallback, field, copy };
}

interface Props {
  clipboard: ReturnType<typeof useClipboard>;
  /** Id of the fallback field. */
  id: string;
  /** Label of the fallback field. */
  label: string;
}

/** The live status of the last copy, and the fallback field when copying by hand is needed. */
export function CopyFeedback({ clipboard, id, label }: Props) {
  return (
    <>
      <p class="status no-print" role="status">
        {clipboard.status}
      </p>
      {clipboard.fallback !== null && (
        <p class="fallback no-print">
          <label for={id}>{label}</label>
          <input id={id} ref={clipboard.field} readOnly value={clipboard.fallback} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </>
  );
}
