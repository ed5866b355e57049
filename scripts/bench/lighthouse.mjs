/**
 * Lighthouse in its default mobile mode (emulated phone, simulated slow 4G, CPU slowed down 4×),
 * driving the system Chromium. Each page is audited `runs` times, each in a fresh browser, and the
 * median run is kept (Lighthouse's own advice against variance). Returns the four category scores
 * out of 100, LCP, TBT and CLS, the page's main-thread CPU time, the host's CPU benchmark, and the
 * audits that cost points.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromeFlags, chromiumPath } from './network.mjs';

/**
 * Lighthouse is not a dependency of the project (it would add some 90 packages to every `npm ci`
 * for the bench alone): this exact version is installed on first use, once, outside the project,
 * in ${XDG_CACHE_HOME:-~/.cache}/vente-engagee/lighthouse-<version>, as scripts/run.sh installs Node.
 */
export const LIGHTHOUSE_VERSION = '13.5.0';

/** Imports Lighthouse (and the chrome-launcher it comes with), installing it first when absent. */
async function lighthouseModules() {
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vente-engagee', `lighthouse-${LIGHTHOUSE_VERSION}`);
  const modules = join(dir, 'node_modules');
  if (!existsSync(join(modules, 'lighthouse', 'package.json'))) {
    console.log(`Lighthouse ${LIGHTHOUSE_VERSION} absent : installation dans ${dir} (une fois, hors du projet)`);
    mkdirSync(dir, { recursive: true });
    // A folder of its own, not the project: the project's npm settings (allowScripts) do not apply.
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', `lighthouse@${LIGHTHOUSE_VERSION}`], { cwd: dir, stdio: 'inherit' });
  }
  const from = (path) => import(pathToFileURL(join(modules, path)).href);
  const [{ default: lighthouse }, { computeMedianRun }, { launch }] = await Promise.all([
    from('lighthouse/core/index.js'),
    from('lighthouse/core/lib/median-run.js'),
    from('chrome-launcher/dist/index.js'),
  ]);
  return { lighthouse, computeMedianRun, launch };
}

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The page's main-thread work in CPU time, read from the trace. Trace durations are wall-clock, so
 * on a busy machine a 20 ms task can last 500 ms and Lighthouse's TBT (wall time × 4) swells with
 * the machine's load; CPU time does not. `tbt` applies Lighthouse's rule to CPU time: the part of
 * each task over 50 ms once slowed down 4×, summed over every task after navigation (an upper bound:
 * Lighthouse only counts tasks between first paint and interactive).
 */
export function cpuWork(traceEvents, url) {
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!start) return undefined;
  const tasks = traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts);
  const cpu = tasks.map((e) => (e.tdur ?? e.dur) / 1000);
  return {
    totalMs: Math.round(cpu.reduce((sum, ms) => sum + ms, 0)),
    longestMs: Math.round(Math.max(0, ...cpu)),
    tbt: Math.round(cpu.reduce((sum, ms) => sum + Math.max(0, ms * 4 - 50), 0)),
  };
}

async function once(url, { lighthouse, launch }) {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse n’a rien renvoyé pour ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse : ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return { lhr: result.lhr, cpu: cpuWork(result.artifacts.Trace?.traceEvents ?? [], result.lhr.finalDisplayedUrl) };
  } finally {
    chrome.kill();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
};

/** One run, tried again (twice at most) when Lighthouse loses the trace, which a busy machine causes. */
async function withRetry(url, modules) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(url, modules);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(`  ${error instanceof Error ? error.message : error} : nouvel essai`);
    }
  }
}

/** Audits `url` `runs` times and summarises the median run. */
export async function audit(url, runs = 3) {
  const modules = await lighthouseModules();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await withRetry(url, modules));
  const lhrs = results.map((r) => r.lhr);
  const lhr = modules.computeMedianRun(lhrs);
  const cpu = results.map((r) => r.cpu).filter(Boolean);
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const losing = categories.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `${id} · ${a.id} (${a.displayValue ?? a.score})`),
  );
  return {
    scores,
    lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    fcp: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    cpu: cpu.length ? { totalMs: median(cpu.map((c) => c.totalMs)), longestMs: median(cpu.map((c) => c.longestMs)), tbt: median(cpu.map((c) => c.tbt)) } : undefined,
    runs,
    performanceByRun: lhrs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    losing,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
  };
}
