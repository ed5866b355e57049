#!/usr/bin/env node
/**
 * `npm run bench`: builds the site into dist-bench/, serves it, and measures one page of each type
 * (home, guide, charter, assessment, team, search): bytes through the browser's network log and
 * Lighthouse in mobile mode. Also the build time, the Pagefind index size, and the guide page against
 * the same content built with a bare Astro project. Prints a table and writes bench/latest.json.
 * Nothing here asserts anything: the budgets are tests (tests/dist/budget.test.ts).
 *
 *   --no-build       measure the existing dist-bench/
 *   --runs=N         Lighthouse runs per page, median kept (default 3)
 *   --no-lighthouse  bytes only (quick)
 *   --no-reference   skip the bare-Astro reference
 *   --readme         also write the table into README.md (section « Performance »)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkMeter } from './bench/network.mjs';
import { audit } from './bench/lighthouse.mjs';
import { buildReference } from './bench/reference.mjs';
import { run, serve } from './bench/process.mjs';
import { notes, table, updateReadme } from './bench/report.mjs';
import { benchPipeline } from './bench/pipeline.mjs';

const dist = 'dist-bench';
const port = Number(process.env.BENCH_PORT ?? 4490);
const args = new Set(process.argv.slice(2));
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = args.has('--no-lighthouse') ? 0 : Number(runsArg?.split('=')[1] ?? 3);

/** One representative page per type: the first candidate built with real content wins. */
const pageTypes = [
  { id: 'home', label: 'Accueil', candidates: [''] },
  { id: 'guide', label: 'Guide', candidates: ['guide/e-mc4/', 'guide/approche-systemique/', 'guide/'] },
  { id: 'charter', label: 'Charte', candidates: ['charte/'] },
  { id: 'assessment', label: 'Autodiagnostic', candidates: ['diagnostic/engagement/', 'diagnostic/climat-ethique/', 'diagnostic/manager-leader/'] },
  { id: 'team', label: 'Équipe', candidates: ['diagnostic/equipe/'] },
  { id: 'search', label: 'Recherche', candidates: ['recherche/'], query: '?q=engagement' },
];

const placeholderText = JSON.parse(readFileSync('content/i18n/fr/site.json', 'utf8'))['page.placeholder'].split(' ').slice(0, 3).join(' ');
const pageFile = (path) => join(dist, path, 'index.html');
const isPlaceholder = (path) => readFileSync(pageFile(path), 'utf8').includes(placeholderText);

function folderSize(dir) {
  const files = readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))).filter((f) => statSync(f).isFile());
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

function choose(type) {
  const built = type.candidates.filter((path) => existsSync(pageFile(path)));
  const path = built.find((p) => !isPlaceholder(p)) ?? built[0];
  return path === undefined ? undefined : { ...type, path, placeholder: isPlaceholder(path) };
}

async function main() {
  const build = { astroMs: 0, pagefindMs: 0, pages: 0 };
  if (!args.has('--no-build')) {
    console.log(`Build dans ${dist}/ …`);
    build.astroMs = run('node_modules/.bin/astro', ['build', '--silent'], { DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' });
    build.pagefindMs = run('node_modules/.bin/pagefind', ['--site', dist, '--quiet']);
  }
  build.pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const pagefind = folderSize(join(dist, 'pagefind'));

  const chosen = pageTypes.map(choose);
  for (const [i, type] of pageTypes.entries()) if (!chosen[i]) console.log(`${type.label} : aucune page construite parmi ${type.candidates.join(', ')}, ignorée.`);
  const targets = chosen.filter((t) => t !== undefined);

  const guide = targets.find((t) => t.id === 'guide');
  const referenceDist = guide && !args.has('--no-reference') ? buildReference(pageFile(guide.path)) : undefined;

  const site = await serve(dist, port);
  const reference = referenceDist ? await serve(referenceDist, port + 1) : undefined;
  const meter = await networkMeter();
  const rows = [];
  try {
    const measure = async (label, path, url, placeholder = false) => {
      process.stdout.write(`Mesure de ${label} (${url}) …\n`);
      const bytes = await meter.measure(url);
      const lighthouse = runs > 0 ? await audit(url, runs) : undefined;
      return { label, path, url, placeholder, bytes, lighthouse };
    };
    for (const t of targets) rows.push({ id: t.id, ...(await measure(t.label, `${t.path}${t.query ?? ''}`, `${site.url}${t.path}${t.query ?? ''}`, t.placeholder)) });
    if (reference) rows.push({ id: 'reference', ...(await measure('Même page, Astro nu', '', reference.url)) });
    for (const line of (await benchPipeline(site.url)).lines) console.log(line);
  } finally {
    await meter.close();
    site.stop();
    reference?.stop();
  }

  const pages = rows.filter((r) => r.id !== 'reference');
  const ref = rows.find((r) => r.id === 'reference');
  const ours = pages.find((r) => r.id === 'guide');
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    lighthouseVersion: rows[0]?.lighthouse?.lighthouseVersion,
    userAgent: rows[0]?.lighthouse?.userAgent,
    build,
    pagefind,
    pages: pages.map(({ bytes: { files, ...bytes }, ...row }) => ({ ...row, bytes, files })),
    reference:
      ref && ours
        ? { path: ours.path, ours: ours.bytes.total, reference: ref.bytes.total, ratio: ours.bytes.total.gzip / ref.bytes.total.gzip, lighthouse: ref.lighthouse }
        : undefined,
  };

  const markdown = [table([...pages, ...(ref ? [{ ...ref, path: ours?.path ?? '' }] : [])]), '', ...notes(result)].join('\n');
  console.log(`\n${markdown}\n`);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('Chiffres écrits dans bench/latest.json.');
  if (args.has('--readme')) {
    updateReadme('README.md', markdown);
    console.log('Tableau recopié dans README.md (section « Performance »).');
  }
  if (!args.has('--no-team')) await (await import('./bench/team.mjs')).benchTeam({ readme: args.has('--readme') });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
