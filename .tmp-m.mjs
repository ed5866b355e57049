import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const path of ['/diagnostic/equipe/', '/en/assessment/team/']) {
await p.goto('http://127.0.0.1:4417' + path);
console.log(await p.evaluate(() => ['.brand', '.brand span', '.language', 'summary', '.bar', '.site-header'].map((s) => s + ' ' + JSON.stringify(document.querySelector(s).getBoundingClientRect().toJSON(), ['x','width','height']))), await p.evaluate(() => document.documentElement.scrollWidth));
}
await b.close();
