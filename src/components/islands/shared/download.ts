/**
 * Saving a file made in the browser: a `blob:` address clicked as a download, revoked once the
 * browser has taken the file. Nothing is sent; the CSP needs no change (a download is no fetch).
 */

/** Offers `blob` as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // Revoked on the next turn of the event loop would be too early for some browsers: one second is ample.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
