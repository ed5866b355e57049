/**
 * The team picture: groups decoded result codes by instrument, computes per-dimension aggregates
 * only for groups that reach the anonymity threshold, and serialises those aggregates (CSV, a
 * shareable URL fragment). No function here ever returns an individual score.
 */
import { dimensionStats, effectiveThreshold, meetsThreshold, mostDivided, weakest, type DimensionStats } from './team-stats';
import type { TeamMeans } from './readiness';

/** What the team view needs of an instrument. */
export interface TeamInstrument {
  id: string;
  shortTitle: string;
  /** For a profile instrument (climates): its dominant-dimension heading and risk signal; absent for an index. */
  profile?: { highest: string; risk: { dimension: string; from: number; message: string } };
  dimensions: {
    id: string;
    name: string;
    shortName: string;
    guide: string;
    bands: { min: number; max: number; label: string; actions: string[] }[];
  }[];
}

/** A decoded code, as the result codec returns it. */
export interface TeamCode {
  instrument: string;
  scores: readonly (number | null)[];
}

export interface GroupSummary {
  instrument: string;
  /** Distinct valid codes of this instrument. */
  count: number;
  /** Whether `count` reaches the threshold; when false, `dimensions` is empty. */
  shown: boolean;
  dimensions: { id: string; stats: DimensionStats }[];
  /** Ids of the dimensions with the lowest team means. */
  weakest: string[];
  /** Id of the dimension where the team disagrees most. */
  divided: string | undefined;
}

export interface TeamSummary {
  threshold: number;
  groups: GroupSummary[];
}

/** Returns the team summary of `codes` under `threshold` (clamped to 3–5), one group per instrument with codes. */
export function summarize(codes: readonly TeamCode[], instruments: readonly TeamInstrument[], threshold: number): TeamSummary {
  const applied = effectiveThreshold(threshold);
  const groups: GroupSummary[] = [];
  for (const instrument of instruments) {
    const own = codes.filter((c) => c.instrument === instrument.id);
    if (own.length === 0) continue;
    const shown = meetsThreshold(own.length, applied);
    const dimensions = shown
      ? instrument.dimensions.map((d, index) => ({
          id: d.id,
          stats: dimensionStats(
            own.map((c) => c.scores[index] ?? null),
            d.bands.map((b) => ({ id: b.label, min: b.min, max: b.max })),
          ),
        }))
      : [];
    groups.push({ instrument: instrument.id, count: own.length, shown, dimensions, weakest: weakest(dimensions), divided: mostDivided(dimensions) });
  }
  return { threshold: applied, groups };
}

/** Returns the team means of the shown groups, as the readiness rules read them. */
export function teamMeans(summary: TeamSummary): TeamMeans {
  return new Map(
    summary.groups
      .filter((g) => g.shown)
      .map((g) => [g.instrument, new Map(g.dimensions.filter((d) => d.stats.mean !== null).map((d) => [d.id, d.stats.mean!]))]),
  );
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Returns the shown groups as CSV (semicolon-separated, as French spreadsheets expect):
 * one row per dimension with aggregates and band counts, never a row per person.
 */
export function summaryCsv(summary: TeamSummary, instruments: readonly TeamInstrument[]): string {
  const rows: (string | number | null)[][] = [
    ['questionnaire', 'dimension', 'répondants', 'moyenne', 'médiane', 'minimum', 'maximum', 'écart type', 'répartition par niveau'],
  ];
  for (const group of summary.groups.filter((g) => g.shown)) {
    const instrument = instruments.find((i) => i.id === group.instrument)!;
    for (const d of group.dimensions) {
      const name = instrument.dimensions.find((x) => x.id === d.id)?.name ?? d.id;
      const s = d.stats;
      rows.push([instrument.shortTitle, name, s.n, s.mean, s.median, s.min, s.max, s.spread, s.bands.map((b) => `${b.id} : ${b.count}`).join(' / ')]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** The aggregates a summary link carries: per shown group, its count and per-dimension figures. */
export interface SharedSummary {
  threshold: number;
  groups: { instrument: string; count: number; dimensions: { id: string; stats: DimensionStats }[] }[];
}

/** Returns the URL fragment (`#s=…`) carrying the shown groups' aggregates only. */
export function summaryFragment(summary: TeamSummary): string {
  const compact = {
    v: 1,
    t: summary.threshold,
    g: summary.groups
      .filter((g) => g.shown)
      .map((g) => [g.instrument, g.count, g.dimensions.map((d) => [d.id, d.stats.n, d.stats.mean, d.stats.median, d.stats.min, d.stats.max, d.stats.spread, d.stats.bands.map((b) => b.count)])]),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#s=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export type FragmentError = 'absent' | 'encoding' | 'format' | 'unknown-instrument' | 'below-threshold';

const isFigure = (x: unknown): x is number | null => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;

/**
 * Reads a summary fragment back against the known instruments; never throws.
 * Refuses groups below the minimum threshold, so a crafted link cannot show a tiny group.
 */
export function readSummaryFragment(
  hash: string,
  instruments: readonly TeamInstrument[],
): { ok: true; value: SharedSummary } | { ok: false; error: FragmentError } {
  const match = /(?:^#|&)s=([A-Za-z0-9_-]*)/.exec(hash);
  if (!match) return { ok: false, error: 'absent' };
  let data: unknown;
  try {
    const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return { ok: false, error: 'encoding' };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'format' };
  const { v, t, g } = data as { v?: unknown; t?: unknown; g?: unknown };
  if (v !== 1 || !isCount(t) || !Array.isArray(g)) return { ok: false, error: 'format' };
  const groups: SharedSummary['groups'] = [];
  for (const entry of g) {
    if (!Array.isArray(entry) || entry.length !== 3) return { ok: false, error: 'format' };
    const [id, count, dims] = entry as unknown[];
    const instrument = instruments.find((i) => i.id === id);
    if (!instrument) return { ok: false, error: 'unknown-instrument' };
    if (!isCount(count) || !Array.isArray(dims) || dims.length !== instrument.dimensions.length) return { ok: false, error: 'format' };
    if (!meetsThreshold(count, t)) return { ok: false, error: 'below-threshold' };
    const dimensions: { id: string; stats: DimensionStats }[] = [];
    for (const [index, dim] of dims.entries()) {
      const spec = instrument.dimensions[index]!;
      if (!Array.isArray(dim) || dim.length !== 8 || dim[0] !== spec.id) return { ok: false, error: 'format' };
      const [, n, mean, median, min, max, spread, bands] = dim as unknown[];
      if (!isCount(n) || n > count || ![mean, median, min, max, spread].every(isFigure)) return { ok: false, error: 'format' };
      if (!Array.isArray(bands) || bands.length !== spec.bands.length || !bands.every(isCount)) return { ok: false, error: 'format' };
      dimensions.push({
        id: spec.id,
        stats: {
          n,
          mean: mean as number | null,
          median: median as number | null,
          min: min as number | null,
          max: max as number | null,
          spread: spread as number | null,
          bands: spec.bands.map((b, i) => ({ id: b.label, count: bands[i] as number })),
        },
      });
    }
    groups.push({ instrument: instrument.id, count, dimensions });
  }
  return { ok: true, value: { threshold: effectiveThreshold(t), groups } };
}
