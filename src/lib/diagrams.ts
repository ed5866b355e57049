/**
 * Geometry of the guide's diagrams (E=MC4, ethical climates grid, eight principles, the
 * manager-leader's cycle, the enablement-or-engagement flow). Pure: coordinates, SVG paths and
 * the model's structure; the Astro diagrams and the climate results island draw them.
 */
import { radarLabel, radarPoint, type AxisLabel, type Point } from './radar';
import { pickStrings } from './island-props';

/** A rectangle in SVG user units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Returns the centre of `box`. */
export function centerOf(box: Box): Point {
  return { x: round(box.x + box.w / 2), y: round(box.y + box.h / 2) };
}

/** Returns `count` boxes of width `w` and height `h` in rows of `perRow`, `gap` apart, from (`x`, `y`). */
export function tiles(count: number, perRow: number, w: number, h: number, gap: number, x = 0, y = 0): Box[] {
  return Array.from({ length: count }, (_, i) => ({ x: x + (i % perRow) * (w + gap), y: y + Math.floor(i / perRow) * (h + gap), w, h }));
}

/* ---------- E=MC4 ---------- */

/** The five components of E=MC4, in the order of the guide page; each id is its section's anchor. */
export const EMC4_PARTS = ['motivation', 'confiance', 'competence', 'capacite', 'culture'] as const;

/** Layout of the E=MC4 diagram: engagement on top, the five components below, lines up to it. */
export interface Emc4Layout {
  width: number;
  height: number;
  engagement: Box;
  parts: Box[];
  /** From each part's top to the engagement box's bottom. */
  links: [Point, Point][];
  /** The bracket under the four C and where its label sits. */
  bracket: { path: string; label: Point };
}

/**
 * Drawn narrow (360 units wide), so that its labels stay legible on a phone (about 15 px at 390 px
 * wide) and need no second drawing: motivation on the left, the four C stacked on the right under
 * their bracket, both joined to engagement above.
 */
export function emc4Layout(): Emc4Layout {
  const width = 360;
  const engagement: Box = { x: width / 2 - 100, y: 4, w: 200, h: 48 };
  const top = { x: width / 2, y: engagement.y + engagement.h };
  const fourC = tiles(EMC4_PARTS.length - 1, 1, 224, 40, 8, 133, 92);
  const last = fourC.at(-1)!;
  const motivation: Box = { x: 3, y: 92, w: 120, h: last.y + last.h - 92 };
  const parts = [motivation, ...fourC];
  const links: [Point, Point][] = [
    [{ x: centerOf(motivation).x, y: motivation.y }, top],
    [{ x: centerOf(fourC[0]!).x, y: fourC[0]!.y }, top],
  ];
  const y = last.y + last.h + 8;
  const middle = centerOf(last).x;
  const path = `M${fourC[0]!.x + 4} ${y}v8H${last.x + last.w - 4}v-8M${middle} ${y + 8}v6`;
  return { width, height: y + 40, engagement, parts, links, bracket: { path, label: { x: middle, y: y + 32 } } };
}

/* ---------- Ethical climates (Victor and Cullen) ---------- */

/** The three ethical criteria (rows) and three loci of analysis (columns) of Victor and Cullen's grid. */
export const CLIMATE_CRITERIA = ['egoism', 'benevolence', 'principle'] as const;
export const CLIMATE_LOCI = ['individual', 'local', 'cosmopolitan'] as const;
export type ClimateCriterion = (typeof CLIMATE_CRITERIA)[number];

/**
 * Where each of the five climates the site measures sits in the grid (Victor and Cullen 1988):
 * a criterion and the range of loci it covers, by index. Only what the typology states: the
 * instrumental climate is egoism at the individual and local levels; caring (respect) is the
 * benevolence criterion; rules, law and code and independence are the principle criterion at
 * the local, cosmopolitan and individual levels. The egoism–cosmopolitan cell holds none of them.
 */
export const CLIMATE_PLACES: Readonly<Record<string, { criterion: ClimateCriterion; loci: readonly [number, number] }>> = {
  instrumental: { criterion: 'egoism', loci: [0, 1] },
  respect: { criterion: 'benevolence', loci: [0, 2] },
  independance: { criterion: 'principle', loci: [0, 0] },
  regles: { criterion: 'principle', loci: [1, 1] },
  'lois-et-codes': { criterion: 'principle', loci: [2, 2] },
};

/** True when `ids` are exactly the five climates of the grid (in any order). */
export function isClimateSet(ids: readonly string[]): boolean {
  const known = Object.keys(CLIMATE_PLACES);
  return ids.length === known.length && known.every((id) => ids.includes(id));
}

/** One climate drawn in the grid: its box, where its name goes and the track of its score bar. */
export interface ClimatePlacement {
  id: string;
  box: Box;
  label: Point;
  /** Track of the score bar (used only when scores are shown). */
  bar: Box;
}

export interface ClimateGridLayout {
  width: number;
  height: number;
  /** Column headers (loci) and row headers (criteria): where each label's centre goes. */
  columns: Point[];
  rows: Point[];
  /** The nine cells, row by row. */
  cells: Box[];
  placements: ClimatePlacement[];
}

const GRID = { head: 132, top: 34, cell: { w: 150, h: 74 }, inset: 6 } as const;

/** Returns the grid's layout; `withScores` leaves room for a score bar under each climate's name. */
export function climateGridLayout(withScores = false): ClimateGridLayout {
  const { head, top, cell, inset } = GRID;
  const cells = tiles(9, 3, cell.w, cell.h, 0, head, top);
  const placements = Object.entries(CLIMATE_PLACES).map(([id, place]) => {
    const row = CLIMATE_CRITERIA.indexOf(place.criterion);
    const [from, to] = place.loci;
    const box: Box = { x: head + from * cell.w + inset, y: top + row * cell.h + inset, w: (to - from + 1) * cell.w - 2 * inset, h: cell.h - 2 * inset };
    const c = centerOf(box);
    const label = { x: c.x, y: withScores ? box.y + 22 : c.y };
    const bar: Box = { x: box.x + 12, y: box.y + box.h - 22, w: box.w - 24, h: 10 };
    return { id, box, label, bar };
  });
  return {
    width: head + 3 * cell.w + 2,
    height: top + 3 * cell.h + 2,
    columns: CLIMATE_LOCI.map((_, i) => ({ x: head + i * cell.w + cell.w / 2, y: top / 2 + 2 })),
    rows: CLIMATE_CRITERIA.map((_, i) => ({ x: head - 8, y: top + i * cell.h + cell.h / 2 })),
    cells,
    placements,
  };
}

/** Returns the width of the filled part of a score bar: `score` (0–100) of `track`, none for a missing score. */
export function barWidth(track: Box, score: number | null | undefined): number {
  if (score === null || score === undefined || !Number.isFinite(score)) return 0;
  return round((track.w * Math.max(0, Math.min(100, score))) / 100);
}

/* ---------- Eight principles ---------- */

/** The eight principles in the order of the page; each id is its section's anchor. */
export const PRINCIPLES = [
  'orientation-client',
  'leadership',
  'engagement-responsabilisation',
  'approche-processus',
  'approche-systemique',
  'amelioration-continue',
  'approche-factuelle',
  'integration-transversale',
] as const;

/** Four tiles per row, numbered in reading order. */
export function principlesLayout(): { width: number; height: number; tiles: Box[] } {
  const boxes = tiles(PRINCIPLES.length, 4, 160, 70, 8, 2, 2);
  return { width: 4 * 160 + 3 * 8 + 4, height: 2 * 70 + 8 + 4, tiles: boxes };
}

/* ---------- The manager-leader's cycle ---------- */

/** The seven activities in the order of the page; each id is its section's anchor. */
export const CYCLE = ['objectifs', 'formation', 'experimentation', 'validation', 'evaluation', 'plan-de-developpement', 'partage'] as const;

export interface CycleLayout {
  width: number;
  height: number;
  nodes: Point[];
  labels: AxisLabel[];
  /** Arcs from each node to the next (the last back to the first), clear of the nodes. */
  arcs: string[];
  radius: number;
  nodeRadius: number;
}

/** Returns `n` nodes on a circle, the first at the top then clockwise, with arcs between neighbours. */
export function cycleLayout(n: number = CYCLE.length): CycleLayout {
  const width = 640;
  const height = 340;
  const radius = 118;
  const nodeRadius = 20;
  const center = { x: width / 2, y: height / 2 };
  const nodes = Array.from({ length: n }, (_, i) => radarPoint(i, n, 100, radius, center));
  const labels = Array.from({ length: n }, (_, i) => radarLabel(i, n, radius, center, nodeRadius + 12));
  // Leave each node at an angle that clears its circle plus the arrow head.
  const clear = (nodeRadius + 6) / radius;
  const arcs = Array.from({ length: n }, (_, i) => {
    const a0 = -Math.PI / 2 + (2 * Math.PI * i) / n + clear;
    const a1 = -Math.PI / 2 + (2 * Math.PI * (i + 1)) / n - clear;
    const p = (a: number) => `${round(center.x + radius * Math.cos(a))} ${round(center.y + radius * Math.sin(a))}`;
    return `M${p(a0)}A${radius} ${radius} 0 0 1 ${p(a1)}`;
  });
  return { width, height, nodes, labels, arcs, radius, nodeRadius };
}

/* ---------- Enablement or engagement first ---------- */

/** The three checks of the flow, in order; each readiness rule answers one of them (its `step`). */
export const FLOW_STEPS = ['engagement', 'climate', 'tools'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** Groups readiness rules by the step of the flow they answer (their `step`), keeping their order. */
export function rulesByStep<R extends { step: FlowStep }>(rules: readonly R[]): Record<FlowStep, R[]> {
  const groups: Record<FlowStep, R[]> = { engagement: [], climate: [], tools: [] };
  for (const rule of rules) groups[rule.step].push(rule);
  return groups;
}

export interface FlowLayout {
  width: number;
  height: number;
  /** The three checks, left to right. */
  steps: Box[];
  /** Where the two « not yet » exits land, under the first two steps. */
  exits: Box[];
  /** Arrows: step to step, and each of the first two steps down to its exit. */
  arrows: [Point, Point][];
}

export function flowLayout(): FlowLayout {
  const steps = tiles(3, 3, 170, 64, 50, 4, 4);
  const exits = steps.slice(0, 2).map((s) => ({ x: s.x, y: s.y + s.h + 46, w: s.w, h: 56 }));
  const arrows: [Point, Point][] = [
    ...steps.slice(1).map((s, i): [Point, Point] => [{ x: steps[i]!.x + steps[i]!.w, y: centerOf(s).y }, { x: s.x - 4, y: centerOf(s).y }]),
    ...exits.map((e, i): [Point, Point] => [{ x: centerOf(steps[i]!).x, y: steps[i]!.y + steps[i]!.h }, { x: centerOf(e).x, y: e.y - 4 }]),
  ];
  const last = steps.at(-1)!;
  return { width: last.x + last.w + 4, height: exits[0]!.y + exits[0]!.h + 4, steps, exits, arrows };
}

/** Prefixes of the UI strings the climate grid needs, handed to the results island only when it draws the grid. */
const GRID_STRINGS = ['diagram.climates.criterion', 'diagram.climates.locus', 'diagram.climates.scoresCaption'];

/** Returns the grid's UI strings from `dictionary` when `dimensionIds` are the five climates, else nothing. */
export function climateGridStrings(dictionary: Readonly<Record<string, string>>, dimensionIds: readonly string[]): Record<string, string> {
  if (!isClimateSet(dimensionIds)) return {};
  return pickStrings(dictionary, GRID_STRINGS);
}
