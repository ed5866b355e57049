import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4417/recherche/');
const queries = process.argv.slice(2);
for (const q of queries) {
  const r = await p.evaluate(async ([q, opts]) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options(opts);
    const s = await pf.search(q);
    const d = await Promise.all(s.results.slice(0, 10).map(async (r) => { const x = await r.data(); return [r.score.toFixed(3), x.url, x.excerpt.replace(/\s+/g,' ').slice(0, 100)]; }));
    return { n: s.results.length, d };
  }, [q, JSON.parse(process.env.OPTS ?? '{}')]);
  console.log(q, r.n); for (const x of r.d) console.log('   ', x.join(' | '));
}
await b.close();
