import { chromium } from 'playwright';
const [,, path, w, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: 900 } });
await p.goto('http://127.0.0.1:4417' + path);
const f = p.locator('figure[data-diagram="emc4"]');
await f.screenshot({ path: out });
console.log(await f.locator('svg text').evaluateAll((ts) => ts.map((t) => Math.round(t.getBoundingClientRect().height))));
await b.close();
