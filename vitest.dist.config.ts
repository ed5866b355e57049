/**
 * Vitest for the file checks of the built site (tests/dist/): budgets in bytes, links, originality,
 * static i18n, CSP meta tags, share images, figures' wording, the toolkit's pages. They read dist/
 * (or DIST) and need no browser, so they run here rather than in Playwright; `npm run build` must
 * come first.
 * Plain Vite (no Astro plugins): these tests import only pure modules of src/lib and src/schemas.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    // The files share no state but the built site they read: one worker per file, reused, costs less to start.
    isolate: false,
    // Some checks read every built page (160 files and more): a slow disk or a busy machine must not fail them.
    testTimeout: 30_000,
  },
});
