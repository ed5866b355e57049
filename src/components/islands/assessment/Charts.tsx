/**
 * The scores drawn twice: a radar chart (the profile at a glance) and horizontal bars (exact
 * lengths), with an earlier code's scores dashed when comparing. The table next to them holds
 * the same figures for screen readers; colours come from CSS classes (no inline styles: CSP).
 */
import { labelLines, radarLabel, radarPoint, radarPolygon, radarRing, type Point } from '../../../lib/radar';
import type { Score } from '../../../lib/scoring';

const WIDTH = 540;
const HEIGHT = 380;
const CENTER: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 120;

interface RadarProps {
  labels: string[];
  scores: Score[];
  earlier: Score[] | null;
  /** Accessible name: the figures in words. */
  title: string;
}

export function Radar({ labels, scores, earlier, title }: RadarProps) {
  const n = labels.length;
  return (
    <svg class="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      {[25, 50, 75, 100].map((level) => (
        <polygon key={level} class="ring" points={radarRing(n, level, RADIUS, CENTER)} />
      ))}
      {labels.map((_, i) => {
        const end = radarPoint(i, n, 100, RADIUS, CENTER);
        return <line key={i} class="axis" x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} />;
      })}
      {earlier && <polygon class="earlier" points={radarPolygon(earlier, RADIUS, CENTER)} />}
      <polygon class="current" points={radarPolygon(scores, RADIUS, CENTER)} />
      {scores.map((s, i) => {
        if (s === null) return null;
        const p = radarPoint(i, n, s, RADIUS, CENTER);
        return <circle key={i} class="dot" cx={p.x} cy={p.y} r={4} />;
      })}
      {labels.map((label, i) => {
        const at = radarLabel(i, n, RADIUS, CENTER, 14);
        const lines = labelLines(label);
        return (
          <text key={i} class={at.anchor} x={at.x} y={at.y}>
            {lines.map((line, l) => (
              <tspan key={l} x={at.x} dy={l === 0 ? `${-0.55 * (lines.length - 1)}em` : '1.1em'}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </svg>
  );
}

interface BarsProps {
  names: string[];
  scores: Score[];
  earlier: Score[] | null;
  notScored: string;
}

export function Bars({ names, scores, earlier, notScored }: BarsProps) {
  return (
    <ul class="bars">
      {names.map((name, i) => {
        const s = scores[i] ?? null;
        const before = earlier?.[i] ?? null;
        return (
          <li key={name}>
            <span class="meter-name">{name}</span>
            <svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect class="track" width="100" height="10" />
              {s !== null && <rect class="fill" width={s} height="10" />}
              {before !== null && <line class="before" x1={before} x2={before} y1="0" y2="10" />}
            </svg>
            <span class="meter-value">{s === null ? notScored : s}</span>
          </li>
        );
      })}
    </ul>
  );
}
