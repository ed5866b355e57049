/**
 * The scores drawn once, as horizontal bars (exact lengths, legible on a phone), with an earlier
 * code's score marked when comparing. The table below holds the same figures for those who want
 * them; colours come from CSS classes (no inline styles: CSP). The radar is kept for the results image.
 */
import type { Score } from '../../../lib/scoring';

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
