/**
 * Test helpers for the charter pages. The site's Permissions-Policy allows writing to the
 * clipboard but not reading it, so tests record what the page writes instead of reading it back.
 */
import type { Page } from '@playwright/test';

/** Wraps `navigator.clipboard.writeText` so that the last copied text can be read by `copied()`. */
export async function recordClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    Object.defineProperty(clipboard, 'writeText', {
      value: async (text: string) => {
        (window as unknown as { __copied?: string }).__copied = text;
        return write(text);
      },
    });
  });
}

/** Returns the last text the page copied (see `recordClipboard`). */
export function copied(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __copied?: string }).__copied);
}
