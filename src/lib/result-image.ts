/**
 * Layout of the shareable image of a results view (1200 × 630, the usual link-preview size): the
 * radar chart on the left, with the geometry of the page's chart (`radar.ts`), and each dimension's
 * score as a bar on the right. Pure: returns what to draw, in drawing order; the island paints it
 * on a canvas. It holds only what the results show: titles, dimension names and scores.
 */
import { labelLines, radarLabel, radarPoint, type Point } from './radar';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/** Colour roles, mapped to the page's colours by the painter. */
export type Ink = 'fg' | 'soft' | 'accent' | 'line' | 'fill' | 'track';

export type Shape =
  | { kind: 'polygon'; points: Point[]; ink: Ink; fill: boolean }
  | { kind: 'line'; from: Point; to: Point; ink: Ink }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; ink: Ink }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; align: 'left' | 'center' | 'right'; ink: Ink; max: number };

/** What the image shows, already in the reader's language. */
export interface ImageContent {
  /** First line (« Engagement (E=MC4) : mes résultats »). */
  title: string;
  /** Second line: the overall index, or the reason there is none. */
  subtitle: string;
  /** Short names under the radar's axes, in dimension order. */
  axes: string[];
  /** Full names beside the bars, in dimension order. */
  names: string[];
  scores: (number | null)[];
  /** Written instead of a missing score. */
  notScored: string;
  /** Last line: the site, for whoever sees the image. */
  footer: string;
}

const CENTER: Point = { x: 320, y: 345 };
const RADIUS = 170;
/** Widest axis label, in pixels (the painter narrows a longer one): room left beside the chart on either side. */
const AXIS_LABEL = 120;
const LEFT = 620;
const RIGHT = 1140;

/** Returns the shapes of the image of `content`, all inside the 1200 × 630 frame. */
export function resultImageLayout(content: ImageContent): Shape[] {
  const { axes, scores } = content;
  const n = axes.length;
  const shapes: Shape[] = [{ kind: 'rect', x: 0, y: 0, w: IMAGE_WIDTH, h: IMAGE_HEIGHT, ink: 'track' }];
  const text = (x: number, y: number, value: string, size: number, align: 'left' | 'center' | 'right', ink: Ink = 'fg', bold = false, max = 1080): Shape => ({ kind: 'text', x, y, text: value, size, bold, align, ink, max });

  shapes.push(text(60, 70, content.title, 34, 'left', 'fg', true), text(60, 110, content.subtitle, 24, 'left', 'soft'));
  for (const level of [25, 50, 75, 100]) {
    shapes.push({ kind: 'polygon', points: axes.map((_, i) => radarPoint(i, n, level, RADIUS, CENTER)), ink: 'line', fill: false });
  }
  axes.forEach((_, i) => shapes.push({ kind: 'line', from: CENTER, to: radarPoint(i, n, 100, RADIUS, CENTER), ink: 'line' }));
  shapes.push({ kind: 'polygon', points: scores.map((s, i) => radarPoint(i, n, s ?? 0, RADIUS, CENTER)), ink: 'fill', fill: true });
  axes.forEach((axis, i) => {
    const at = radarLabel(i, n, RADIUS, CENTER, 16);
    const lines = labelLines(axis);
    const align = at.anchor === 'start' ? 'left' : at.anchor === 'end' ? 'right' : 'center';
    lines.forEach((line, l) => shapes.push(text(at.x, at.y + 7 + (l - (lines.length - 1) / 2) * 22, line, 19, align, 'fg', false, AXIS_LABEL)));
  });

  // One row per dimension between the title and the footer: name above its bar and score.
  const top = 170;
  const row = Math.min(70, (560 - top) / Math.max(n, 1));
  const size = Math.round(Math.min(22, row * 0.36));
  content.names.forEach((name, i) => {
    const y = top + i * row;
    const score = scores[i] ?? null;
    const width = RIGHT - LEFT - 70;
    shapes.push(text(LEFT, y + size, name, size, 'left', 'fg', false, width));
    shapes.push({ kind: 'rect', x: LEFT, y: y + size + 8, w: width, h: row * 0.25, ink: 'line' });
    if (score !== null) shapes.push({ kind: 'rect', x: LEFT, y: y + size + 8, w: (width * score) / 100, h: row * 0.25, ink: 'accent' });
    shapes.push(text(RIGHT, y + size + 8 + row * 0.25, score === null ? content.notScored : String(score), score === null ? size * 0.8 : size + 2, 'right', 'fg', true));
  });
  shapes.push(text(60, 600, content.footer, 20, 'left', 'soft'));
  return shapes;
}
