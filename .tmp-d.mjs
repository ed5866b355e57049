import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4417/recherche/');
const r = await p.evaluate(async ([q, url]) => {
  const pf = await import('/pagefind/pagefind.js');
  const s = await pf.search(q);
  for (const r of s.results) { const d = await r.data(); if (d.url === url) { const w = (d.raw_content ?? d.content).split(/[^\S\uFEFF]+/); return { keys: Object.keys(d), locs: d.locations, words: d.locations.map((i) => w[i]), rawlen: d.raw_content?.length, contentlen: d.content.length, head: (d.raw_content ?? '').slice(0, 200) }; } }
}, [process.argv[2], process.argv[3]]);
console.log(JSON.stringify(r, null, 1));
await b.close();
