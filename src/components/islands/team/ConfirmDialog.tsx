/**
 * A modal confirmation (the native `<dialog>`: focus kept inside, Escape cancels, focus returns to
 * the button that opened it). The safe choice, cancelling, has the focus when it opens.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  id: string;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, id, title, text, confirm, cancel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      safe.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <p class="actions">
        <button type="button" class="button secondary" ref={safe} onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" class="button" onClick={onConfirm}>
          {confirm}
        </button>
      </p>
    </dialog>
  );
}
