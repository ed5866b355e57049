/**
 * Progressive enhancement of the charter pages, run once per page:
 * - elements marked `data-requires="clipboard|share|print"` are revealed when the browser can do it;
 * - `[data-copy-text]` copies its value (an <a> keeps working as a plain link without JavaScript);
 * - `[data-copy-from]` copies the text of the element whose id it names (code snippets);
 * - `[data-native-share]` opens the system share sheet with its `data-share-*` values;
 * - `[data-print]` opens the print dialog.
 * Messages come from `data-*` attributes of the `#charter-status` live region, already in French.
 * Nothing is stored and nothing is sent: the clipboard and the share sheet stay on the device.
 */

type Capability = 'clipboard' | 'share' | 'print';

function capabilities(win: Window): Record<Capability, boolean> {
  return {
    clipboard: win.isSecureContext && typeof win.navigator.clipboard?.writeText === 'function',
    share: typeof win.navigator.share === 'function',
    print: typeof win.print === 'function',
  };
}

/** Selects the text of `element`, so that a reader can copy it by hand when the clipboard refuses. */
function selectText(doc: Document, element: Element): void {
  const range = doc.createRange();
  range.selectNodeContents(element);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Wires the charter controls found in `doc`. */
export function enhanceCharter(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  const can = capabilities(win);
  const status = doc.getElementById('charter-status');
  const message = (name: 'linkCopied' | 'codeCopied' | 'copyFailed') => status?.dataset[name] ?? '';
  let hide = 0;
  const announce = (text: string) => {
    if (!status) return;
    // Emptying first makes screen readers repeat an identical message on a second copy.
    status.textContent = '';
    win.clearTimeout(hide);
    win.setTimeout(() => (status.textContent = text), 60);
    hide = win.setTimeout(() => (status.textContent = ''), 6000);
  };

  for (const element of doc.querySelectorAll<HTMLElement>('[data-requires]')) {
    if (can[element.dataset.requires as Capability]) element.hidden = false;
  }

  doc.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest<HTMLElement>('[data-copy-text], [data-copy-from], [data-native-share], [data-print]');
    if (!control) return;

    if (control.dataset.print !== undefined) {
      win.print();
      return;
    }

    if (control.dataset.nativeShare !== undefined) {
      const { shareTitle: title, shareText: text, shareUrl: url } = control.dataset;
      win.navigator.share({ title, text, url }).catch(() => {
        // Closing the sheet rejects the promise: nothing to report.
      });
      return;
    }

    if (!can.clipboard) return;
    const source = control.dataset.copyFrom ? doc.getElementById(control.dataset.copyFrom) : null;
    const text = source ? (source.textContent ?? '') : (control.dataset.copyText ?? '');
    event.preventDefault();
    win.navigator.clipboard.writeText(text).then(
      () => announce(message(source ? 'codeCopied' : 'linkCopied')),
      () => {
        if (source) {
          selectText(doc, source);
          announce(message('copyFailed'));
        } else if (control instanceof HTMLAnchorElement) {
          win.location.href = control.href;
        }
      },
    );
  });
}
