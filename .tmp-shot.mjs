import { chromium } from 'playwright';
const [,, path, w = '1366', h = '768', out = '/tmp/layout-t/shot.png', scroll = '0', dark = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: dark ? 'dark' : 'light' });
await p.goto('http://127.0.0.1:4417' + path);
await p.evaluate((y) => window.scrollTo(0, y), +scroll);
await p.waitForTimeout(200);
await p.screenshot({ path: out });
await b.close();
