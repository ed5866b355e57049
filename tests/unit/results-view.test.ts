import { describe, expect, it } from 'vitest';
import { resultsView } from '../../src/lib/results-view';
import { islandInstrument } from '../../src/lib/instrument-view';
import { bandOf, overallIndex } from '../../src/lib/scoring';
import { instrument, registry } from './islands/fixtures';

const engagement = islandInstrument(instrument('engagement'));
const companies = islandInstrument(instrument('charte-entreprises'));
const scores = engagement.dimensions.map((_, i) => 20 + 15 * i);

describe('resultsView', () => {
  it('gives an index questionnaire its overall index, each dimension its band, and no change without an earlier code', () => {
    const view = resultsView(engagement, registry, scores, null, null);
    expect(view.overall).toBe(overallIndex(scores));
    expect(view.missing).toBe(0);
    expect(view.rows.map((r) => [r.id, r.score, r.band])).toEqual(engagement.dimensions.map((d, i) => [d.id, scores[i], bandOf(d.bands, scores[i]!)!.label]));
    expect(view.rows.every((r) => r.change === null && r.earlier === undefined)).toBe(true);
    expect(view.overallRow).toEqual({ score: overallIndex(scores), earlier: undefined, change: null });
    expect(view.name).toBe(registry.find((r) => r.id === 'engagement')!.name);
    expect(view.pooled).toBe(false);
    // A result link carries no answers: no response style to read.
    expect(view.style).toBeNull();
  });

  it('has no overall index when a dimension lacks its score, and counts the missing ones', () => {
    const view = resultsView(engagement, registry, [null, ...scores.slice(1)], null, null);
    expect([view.overall, view.missing, view.overallRow]).toEqual([null, 1, null]);
    expect(view.rows[0]!.band).toBe('—');
  });

  it('reads a change from an earlier code against its noise threshold: a small one is within it, a large one beyond', () => {
    const earlier = scores.map((s, i) => (i === 0 ? s + 2 : s - 60));
    const view = resultsView(engagement, registry, scores, null, earlier);
    expect(view.rows[0]).toMatchObject({ earlier: earlier[0], change: { delta: -2, beyondNoise: false } });
    expect(view.rows[1]).toMatchObject({ earlier: earlier[1], change: { delta: 60, beyondNoise: true } });
    expect(view.overallRow!.earlier).toBe(overallIndex(earlier));
  });

  it('offers the action plan for the dimensions with a band, and none for one without a score', () => {
    const view = resultsView(engagement, registry, [null, ...scores.slice(1)], null, null);
    expect(view.offered.has(0)).toBe(false);
    expect(view.offered.size).toBeGreaterThan(0);
  });

  it('keeps the results of a questionnaire with a committee side short: pooled', () => {
    expect(resultsView(companies, registry, companies.dimensions.map(() => 50), null, null).pooled).toBe(true);
  });
});
