// The system Chromium and its flags, shared by the end-to-end tests and `npm run bench`:
// browsers are never downloaded here, and the flags keep Chromium off the network in the background.

/** Path of Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no background traffic, no profile noise. */
export const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
