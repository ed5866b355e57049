import { defineConfig } from '@playwright/test';
import { chromeFlags, chromiumPath } from './tests/support/chromium.mjs';

const port = Number(process.env.PORT ?? 4321);
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three workers on two cores: the browser tests wait on pages as much as they compute.
  workers: 3,
  forbidOnly: !!process.env.CI,
  // One retry on CI, reported as « flaky » in the output: a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromeFlags, '--disable-quic'],
    },
  },
  webServer: {
    command: 'node tests/support/serve.mjs',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), BASE: base, DIST: process.env.DIST ?? 'dist' },
  },
});
