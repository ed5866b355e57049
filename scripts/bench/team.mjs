#!/usr/bin/env node
/**
 * The team summary at the scale of a sales force: 10, 100, 1,000 and 15,000 distinct engagement
 * codes (scores real answers can give, drawn with a fixed seed), pasted as the page receives them,
 * then read, decoded and summarised by the page's own code (`src/lib/team-analysis.ts`, bundled
 * here by esbuild). Prints the time of each size (median of `--team-runs`, 3 by default) and the
 * growth from one size to the next; `--readme` writes the table into README.md between the
 * `bench-equipe` markers. Run alone (`node scripts/bench/team.mjs`) or from `npm run bench`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { build } from 'esbuild';

const SIZES = [10, 100, 1_000, 15_000];

/** Bundles the page's modules into one ES module and imports it. */
async function pageCode() {
  const entry = `
    export { analysisSteps, runSliced } from './src/lib/team-analysis.ts';
    export { encodeResult, decodeResult } from './src/lib/result-code.ts';
    export { scoreGrid } from './src/lib/team-privacy.ts';
  `;
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The engagement questionnaire as the team page sees it. */
function engagement() {
  const raw = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8'));
  return {
    spec: { id: 'engagement', code: raw.code, version: raw.version, dimensions: raw.dimensions.length },
    instrument: {
      id: 'engagement',
      version: raw.version,
      shortTitle: raw.shortTitle,
      dimensions: raw.dimensions.map((d) => ({
        id: d.id,
        name: d.name,
        guide: '',
        items: raw.items.filter((i) => i.dimension === d.id).length,
        bands: d.bands.map((b) => ({ min: b.min, max: b.max, label: b.label, actions: [] })),
      })),
    },
  };
}

/** A small deterministic generator (mulberry32), so that every run measures the same codes. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns `count` distinct codes and the exact mean of each dimension's scores. */
export function codesOf(code, count, seed = 23) {
  const { spec, instrument } = engagement();
  const grids = instrument.dimensions.map((d) => code.scoreGrid(d.items));
  const next = random(seed);
  const seen = new Set();
  const scores = [];
  while (seen.size < count) {
    const s = grids.map((g) => g[Math.floor(next() * g.length)]);
    const c = code.encodeResult(spec, s);
    if (seen.has(c)) continue;
    seen.add(c);
    scores.push(s);
  }
  const means = instrument.dimensions.map((_, d) => scores.reduce((a, s) => a + s[d], 0) / count);
  return { text: [...seen].join('\n'), means };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 0) => x.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export async function benchTeam({ readme = false, runs = Number(process.argv.find((a) => a.startsWith('--team-runs='))?.split('=')[1] ?? 3) } = {}) {
  const code = await pageCode();
  const { spec, instrument } = engagement();
  const decode = (c) => {
    const r = code.decodeResult(c, [spec]);
    return r.ok ? { ok: true, value: r.value } : { ok: false, message: r.error.kind };
  };
  const rows = [];
  for (const size of SIZES) {
    const times = [];
    const cpu = [];
    let longest = 0;
    for (let run = 0; run < runs; run++) {
      // A new seed per run: the anonymity checks keep their answers, a repeat would measure the cache.
      const { text, means } = codesOf(code, size, 23 + run * 101 + size);
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      let slice = start;
      const sliced = code.runSliced(code.analysisSteps(text, decode, [instrument], 5), {
        budgetMs: 15,
        now: () => performance.now(),
        pause: async () => {
          longest = Math.max(longest, performance.now() - slice);
          await new Promise((resolve) => setImmediate(resolve));
          slice = performance.now();
        },
        cancelled: () => false,
      });
      const result = sliced.done ? sliced.value : await sliced.promise;
      const end = performance.now();
      longest = Math.max(longest, end - slice);
      times.push(end - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      const group = result.summary.groups[0];
      if (result.parsed.valid.length !== size || group.status !== 'shown') throw new Error(`${size} codes : ${result.parsed.valid.length} lus, groupe ${group.status}`);
      group.dimensions.forEach((d, i) => {
        if (d.stats.status === 'shown' && d.stats.mean !== Math.round(means[i])) throw new Error(`${size} codes : moyenne ${d.stats.mean} au lieu de ${Math.round(means[i])}`);
      });
    }
    rows.push({ size, ms: median(times), cpu: median(cpu), longest });
  }
  const lines = [
    '| Codes | Temps (médiane) | Temps processeur | Par code | Croissance | Tranche la plus longue |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r, i) => {
      const previous = rows[i - 1];
      const growth = previous ? `×${fmt(r.ms / previous.ms, 1)} pour ×${fmt(r.size / previous.size)} codes` : '';
      return `| ${fmt(r.size)} | ${fmt(r.ms)} ms | ${fmt(r.cpu)} ms | ${fmt((r.ms * 1000) / r.size)} µs | ${growth} | ${fmt(r.longest)} ms |`;
    }),
  ];
  const [k1, k15] = [rows.find((r) => r.size === 1_000), rows.find((r) => r.size === 15_000)];
  const note = `- De 1 000 à 15 000 codes : temps ×${fmt(k15.ms / k1.ms, 1)} pour 15 fois plus de codes ; Node ${process.version}, médiane de ${runs} passages, codes distincts tirés au hasard (graine fixe) sur la grille des scores possibles ; tranches de 15 ms au plus hors étape indivisible (une dimension, 250 codes). Temps processeur : celui du processus, ramasse-miettes compris ; la charge de la machine au moment de la mesure (${os.loadavg()[0].toFixed(1)} en moyenne sur une minute, ${os.cpus().length} cœurs) allonge le temps écoulé, pas celui-ci.`;
  const markdown = [...lines, '', note].join('\n');
  console.log(`\nVue d'équipe : lecture, décodage et synthèse (src/lib/team-analysis.ts)\n\n${markdown}\n`);
  if (readme) {
    const text = readFileSync('README.md', 'utf8');
    const pattern = /(<!-- bench-equipe:début -->\n)[\s\S]*?(\n<!-- bench-equipe:fin -->)/;
    if (pattern.test(text)) {
      writeFileSync('README.md', text.replace(pattern, `$1${markdown}$2`));
      console.log('Tableau de la vue d’équipe recopié dans README.md.');
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchTeam({ readme: process.argv.includes('--readme') }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
