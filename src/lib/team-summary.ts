/**
 * The team picture: groups decoded result codes by instrument and version, computes per-dimension
 * figures under the anonymity rules of `team-stats.ts`, and serialises them (CSV, a shareable URL
 * fragment). No function here ever returns an individual score, nor a figure that pins one down;
 * a summary link that carries such figures is refused.
 */
import { dimensionStats, effectiveThreshold, meetsThreshold, weakPoints, MIN_THRESHOLD, type DimensionStats } from './team-stats';
import { countVectors, privacyCheck, scoreGrid, type Cell } from './team-privacy';
import type { Figure, TeamFigures, TeamMeans } from './readiness';
import type { KeysUnder, Translator } from './i18n';
import type { Instrument } from '../schemas/instrument';

/** A translator of the keys a cell's text uses (the team island's `t` is one). */
type CellT = Translator<KeysUnder<'team.cells' | 'team.colon'>>;

/** What the team view needs of an instrument. */
export interface TeamInstrument {
  id: string;
  /** Version of the questionnaire: codes of another version are on another scale and never pooled. */
  version: number;
  shortTitle: string;
  /** For a profile instrument (climates): its dominant-dimension heading and risk signal; absent for an index. */
  profile?: { highest: string; risk: { dimension: string; from: number; message: string } };
  dimensions: {
    id: string;
    name: string;
    guide: string;
    /** Number of items, which gives the scores the dimension can take (`scoreGrid`). */
    items: number;
    /** For a questionnaire with a committee side: the indicators of the charter article it follows (the gap view's next step). */
    indicators?: string[];
    bands: { min: number; max: number; label: string; actions: string[] }[];
  }[];
}

/**
 * Returns what the team view needs of `instrument`, and no more: the page carries it. A team's
 * weakest dimension calls for the actions of its band; the top band's are never shown (a dimension
 * there is not a weakness), so they stay out; nor are a profile's (climates), which has a dominant
 * dimension, not weak ones; nor are those of a questionnaire with a committee side (the companies'
 * charter), whose next steps are its articles' indicators, shown by the gap view.
 */
export function teamInstrumentOf({ id, version, shortTitle, dimensions, items, results, committeeCode }: Instrument): TeamInstrument {
  return {
    id,
    version,
    shortTitle,
    ...(results.type === 'profile' ? { profile: { highest: results.highest, risk: results.risk } } : {}),
    dimensions: dimensions.map(({ id, name, guide, bands }) => ({
      id,
      name,
      guide,
      // The number of items gives the scores a dimension can take: the anonymity check reasons on them.
      items: items.filter((item) => item.dimension === id).length,
      // A questionnaire with a committee side (companies' charter) points to its articles' indicators instead (gap view).
      bands: bands.map(({ min, max, label, actions }, i) => ({ min, max, label, actions: i === bands.length - 1 || results.type === 'profile' || committeeCode ? [] : actions })),
    })),
  };
}

/** A decoded code, as the result codec returns it. */
export interface TeamCode {
  instrument: string;
  version: number;
  scores: readonly (number | null)[];
  /** A management committee's declaration: set beside the team (team-gap.ts), never pooled with it. */
  committee?: boolean;
}

/** Why a group shows no figure: too few codes, or codes of another version than the page's. */
export type GroupStatus = 'shown' | 'few' | 'version';

export interface GroupSummary {
  instrument: string;
  version: number;
  /** Distinct valid codes of this instrument and version. */
  count: number;
  status: GroupStatus;
  /** Per dimension, its figures; empty unless `status` is `shown`. */
  dimensions: { id: string; stats: DimensionStats }[];
  /** Ids of the weak points: the lowest rounded team means, each at least `TEAM_GAP` below the highest (`weakPoints`). */
  weakest: string[];
}

export interface TeamSummary {
  threshold: number;
  groups: GroupSummary[];
}

/**
 * Returns the team summary of `codes` under `threshold` (never below 4): one group per instrument
 * and version that has codes. Only the version the page knows is aggregated.
 */
export function summarize(codes: readonly TeamCode[], instruments: readonly TeamInstrument[], threshold: number): TeamSummary {
  const applied = effectiveThreshold(threshold);
  const groups: GroupSummary[] = [];
  // A committee's declared code is not one salesperson's answers: it stays out of every group.
  const anonymous = codes.filter((c) => !c.committee);
  for (const instrument of instruments) {
    const versions = [...new Set(anonymous.filter((c) => c.instrument === instrument.id).map((c) => c.version))].sort((a, b) => b - a);
    for (const version of versions) {
      const own = anonymous.filter((c) => c.instrument === instrument.id && c.version === version);
      const status: GroupStatus = version !== instrument.version ? 'version' : meetsThreshold(own.length, applied) ? 'shown' : 'few';
      const dimensions =
        status === 'shown'
          ? instrument.dimensions.map((d, index) => ({
              id: d.id,
              stats: dimensionStats(
                own.map((c) => c.scores[index] ?? null),
                d.bands,
                scoreGrid(d.items),
                applied,
              ),
            }))
          : [];
      groups.push({ instrument: instrument.id, version, count: own.length, status, dimensions, weakest: weakPoints(dimensions) });
    }
  }
  return { threshold: applied, groups };
}

/** Returns the rounded team means of the shown dimensions of shown groups, as the readiness rules read them. */
export function teamMeans(summary: { groups: readonly Pick<GroupSummary, 'instrument' | 'status' | 'dimensions'>[] }): TeamMeans {
  return new Map(
    summary.groups
      .filter((g) => g.status === 'shown')
      .map((g) => [g.instrument, new Map(g.dimensions.flatMap((d) => (d.stats.status === 'shown' ? [[d.id, d.stats.mean] as const] : [])))]),
  );
}

/**
 * Returns every figure of the shown groups as the readiness synthesis reads it: a shown dimension's
 * rounded mean and respondents, a hidden one's reason. Groups below the threshold are left out.
 */
export function teamFigures(summary: { groups: readonly Pick<GroupSummary, 'instrument' | 'status' | 'dimensions'>[] }): TeamFigures {
  return new Map(
    summary.groups
      .filter((g) => g.status === 'shown')
      .map((g) => [g.instrument, new Map(g.dimensions.map((d): [string, Figure] => [d.id, d.stats.status === 'shown' ? { mean: d.stats.mean, n: d.stats.n } : { hidden: d.stats.status }]))]),
  );
}

/** Returns the text of a cell: one band's label, or merged bands' labels, and how many people. */
export function cellLabel(cell: Cell, labels: readonly string[], t: CellT): string {
  const names = labels.slice(cell.from, cell.to + 1);
  const name = names.length === 1 ? names[0]! : t('team.cells.merged', { first: names.slice(0, -1).join(', '), last: names.at(-1)! });
  return `${name}${t('team.colon')}${cell.count}`;
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The words of the CSV file, in the page's language. */
export interface CsvLabels {
  header: string[];
  few: string;
  alike: string;
  t: CellT;
}

/**
 * Returns the shown groups as CSV (semicolon-separated, as French spreadsheets expect): one row
 * per dimension with the same figures as the page, never a row per person.
 */
export function summaryCsv(summary: TeamSummary, instruments: readonly TeamInstrument[], labels: CsvLabels): string {
  const rows: (string | number | null)[][] = [labels.header];
  for (const group of summary.groups.filter((g) => g.status === 'shown')) {
    const instrument = instruments.find((i) => i.id === group.instrument)!;
    for (const d of group.dimensions) {
      const spec = instrument.dimensions.find((x) => x.id === d.id)!;
      const s = d.stats;
      const bandLabels = spec.bands.map((b) => b.label);
      rows.push(
        s.status === 'shown'
          ? [instrument.shortTitle, group.version, spec.name, s.n, s.mean, s.cells.length === 0 ? labels.t('team.cells.none') : s.cells.map((c) => cellLabel(c, bandLabels, labels.t)).join(' / ')]
          : [instrument.shortTitle, group.version, spec.name, null, null, s.status === 'few' ? labels.few : labels.alike],
      );
    }
  }
  return rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** The figures a summary link carries: per shown group, its count and per-dimension figures. */
export interface SharedSummary {
  threshold: number;
  groups: { instrument: string; version: number; count: number; status: 'shown'; dimensions: { id: string; stats: DimensionStats }[] }[];
}

const STATUS = ['shown', 'few', 'alike'] as const;

/** Returns the URL fragment (`#s=…`) carrying the shown groups' figures only. */
export function summaryFragment(summary: TeamSummary): string {
  const compact = {
    v: 2,
    t: summary.threshold,
    g: summary.groups
      .filter((g) => g.status === 'shown')
      .map((g) => [
        g.instrument,
        g.version,
        g.count,
        g.dimensions.map((d) => {
          const s = d.stats;
          return s.status === 'shown' ? [d.id, 0, s.n, s.mean, s.cells.map((c) => [c.from, c.to, c.count])] : [d.id, STATUS.indexOf(s.status)];
        }),
      ]),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `#s=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/**
 * Why a link was refused: unreadable, not a summary, an older format (which carried minimum and
 * maximum), an unknown instrument or version, or figures the team view would never show.
 */
export type FragmentError = 'absent' | 'encoding' | 'format' | 'outdated' | 'unknown-instrument' | 'version' | 'below-threshold' | 'unsafe';

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;
const isScore = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100;

/**
 * Reads the cells of a link; null unless they cover the bands in order and match some band counts
 * of `n`. No cell at all is the distribution withheld (`bandCells` gives none when one cell would
 * hold everyone): accepted when some band counts give it.
 */
function readCells(raw: unknown, bands: number, n: number): Cell[] | null {
  if (!Array.isArray(raw)) return null;
  // No cell: one would have held every respondent, so only n and the mean are shown (team-privacy.ts).
  if (raw.length === 0) return countVectors(n, bands, []).length > 0 ? [] : null;
  const cells: Cell[] = [];
  let expected = 0;
  for (const c of raw) {
    if (!Array.isArray(c) || c.length !== 3 || !c.every(isCount)) return null;
    const [from, to, count] = c as number[];
    if (from !== expected || to! < from || to! >= bands) return null;
    cells.push({ from, to: to!, count: count! });
    expected = to! + 1;
  }
  if (expected !== bands || countVectors(n, bands, cells).length === 0) return null;
  return cells;
}

/**
 * Reads a summary fragment back against the known instruments; never throws. The link is refused
 * unless every figure obeys the rules the page itself applies: threshold of at least 4, a
 * dimension shown only when at least that many scored it, cells of 0 or at least 3 people, and
 * figures that pin no score down (so a crafted link cannot show a tiny group or a lone score).
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
  if (v === 1) return { ok: false, error: 'outdated' };
  if (v !== 2 || !isCount(t) || !Array.isArray(g) || g.length === 0) return { ok: false, error: 'format' };
  if (t < MIN_THRESHOLD) return { ok: false, error: 'below-threshold' };
  const threshold = effectiveThreshold(t);
  const groups: SharedSummary['groups'] = [];
  for (const entry of g) {
    if (!Array.isArray(entry) || entry.length !== 4) return { ok: false, error: 'format' };
    const [id, version, count, dims] = entry as unknown[];
    const instrument = instruments.find((i) => i.id === id);
    if (!instrument) return { ok: false, error: 'unknown-instrument' };
    if (version !== instrument.version) return { ok: false, error: 'version' };
    if (!isCount(count) || !Array.isArray(dims) || dims.length !== instrument.dimensions.length) return { ok: false, error: 'format' };
    if (!meetsThreshold(count, threshold)) return { ok: false, error: 'below-threshold' };
    const dimensions: { id: string; stats: DimensionStats }[] = [];
    for (const [index, dim] of dims.entries()) {
      const spec = instrument.dimensions[index]!;
      if (!Array.isArray(dim) || dim[0] !== spec.id) return { ok: false, error: 'format' };
      const status = STATUS[dim[1] as number];
      if (status !== 'shown') {
        if (!status || dim.length !== 2) return { ok: false, error: 'format' };
        dimensions.push({ id: spec.id, stats: { status, n: null, mean: null, cells: null } });
        continue;
      }
      const [, , n, mean, rawCells] = dim as unknown[];
      if (dim.length !== 5 || !isCount(n) || !isScore(mean) || n > count) return { ok: false, error: 'format' };
      if (n < threshold) return { ok: false, error: 'below-threshold' };
      const cells = readCells(rawCells, spec.bands.length, n);
      if (!cells) return { ok: false, error: 'unsafe' };
      const display = { n, mean, cells };
      if (!privacyCheck(display, scoreGrid(spec.items), spec.bands)) return { ok: false, error: 'unsafe' };
      dimensions.push({ id: spec.id, stats: { status: 'shown', ...display } });
    }
    groups.push({ instrument: instrument.id, version: instrument.version, count, status: 'shown', dimensions });
  }
  return { ok: true, value: { threshold, groups } };
}
