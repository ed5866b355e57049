/**
 * Geometry of a radar chart: one axis per dimension, the first pointing up, then clockwise.
 * Pure: returns coordinates and SVG point lists; the component draws them.
 */

export interface Point {
  x: number;
  y: number;
}

/** A label placed past the end of an axis, anchored away from the chart. */
export interface AxisLabel extends Point {
  anchor: 'start' | 'middle' | 'end';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Returns the point at `value` (0–100) on axis `i` of `n`, for a chart of `radius` centred on `center`. */
export function radarPoint(i: number, n: number, value: number, radius: number, center: Point): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (radius * Math.max(0, Math.min(100, value))) / 100;
  return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
}

/** Returns the SVG `points` list of a polygon through `values` (a missing score sits at the centre). */
export function radarPolygon(values: readonly (number | null)[], radius: number, center: Point): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v ?? 0, radius, center))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** Returns the polygon of the grid ring at `level` (0–100) for `n` axes. */
export function radarRing(n: number, level: number, radius: number, center: Point): string {
  return radarPolygon(Array.from({ length: n }, () => level), radius, center);
}

/** Returns where to write the label of axis `i` of `n`: `gap` beyond the outer ring, anchored by side. */
export function radarLabel(i: number, n: number, radius: number, center: Point, gap: number): AxisLabel {
  const end = radarPoint(i, n, 100, radius + gap, center);
  const dx = end.x - center.x;
  const anchor = Math.abs(dx) < radius * 0.15 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { ...end, anchor };
}

/** Returns `label` on one line, or on two lines split at the space nearest its middle when longer than `max`. */
export function labelLines(label: string, max = 12): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let cut = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1)) {
    if (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  }
  return [label.slice(0, cut), label.slice(cut + 1)];
}
