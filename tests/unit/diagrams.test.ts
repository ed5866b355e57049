import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CLIMATE_CRITERIA,
  CLIMATE_PLACES,
  CYCLE,
  EMC4_PARTS,
  PRINCIPLES,
  barWidth,
  climateGridLayout,
  climateGridStrings,
  cycleLayout,
  emc4Layout,
  flowLayout,
  isClimateSet,
  principlesLayout,
  rulesByStep,
  type Box,
} from '../../src/lib/diagrams';

const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const canvas = (l: { width: number; height: number }): Box => ({ x: 0, y: 0, w: l.width, h: l.height });
const pairs = <T>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe('E=MC4 layout', () => {
  const layout = emc4Layout();
  it('draws engagement and five separate components inside the picture, engagement on top', () => {
    expect(layout.parts).toHaveLength(EMC4_PARTS.length);
    for (const box of [layout.engagement, ...layout.parts]) expect(inside(box, canvas(layout))).toBe(true);
    for (const [a, b] of pairs(layout.parts)) expect(overlap(a, b)).toBe(false);
    for (const part of layout.parts) expect(part.y).toBeGreaterThan(layout.engagement.y + layout.engagement.h);
  });

  it('links every component to the bottom of the engagement box', () => {
    for (const [, end] of layout.links) expect(end).toEqual({ x: layout.width / 2, y: layout.engagement.y + layout.engagement.h });
  });
});

describe('ethical climates grid (Victor and Cullen 1988)', () => {
  it('places the five climates as the typology does', () => {
    expect(CLIMATE_PLACES).toEqual({
      instrumental: { criterion: 'egoism', loci: [0, 1] },
      respect: { criterion: 'benevolence', loci: [0, 2] },
      independance: { criterion: 'principle', loci: [0, 0] },
      regles: { criterion: 'principle', loci: [1, 1] },
      'lois-et-codes': { criterion: 'principle', loci: [2, 2] },
    });
  });

  for (const withScores of [false, true]) {
    const layout = climateGridLayout(withScores);
    it(`keeps each climate inside the cells of its criterion and loci, none overlapping (scores: ${withScores})`, () => {
      expect(layout.cells).toHaveLength(9);
      expect(layout.placements).toHaveLength(5);
      for (const p of layout.placements) {
        const { criterion, loci } = CLIMATE_PLACES[p.id]!;
        const row = CLIMATE_CRITERIA.indexOf(criterion);
        const first = layout.cells[row * 3 + loci[0]]!;
        const last = layout.cells[row * 3 + loci[1]]!;
        expect(inside(p.box, { x: first.x, y: first.y, w: last.x + last.w - first.x, h: first.h })).toBe(true);
        expect(inside(p.bar, p.box)).toBe(true);
      }
      for (const [a, b] of pairs(layout.placements)) expect(overlap(a.box, b.box)).toBe(false);
    });
  }

  it('leaves the egoism–cosmopolitan cell empty', () => {
    const layout = climateGridLayout();
    expect(layout.placements.filter((p) => overlap(p.box, layout.cells[2]!))).toEqual([]);
  });

  it('recognises the five climates whatever their order, and nothing else', () => {
    expect(isClimateSet(['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental'])).toBe(true);
    expect(isClimateSet(['instrumental', 'independance', 'lois-et-codes', 'regles', 'respect'])).toBe(true);
    expect(isClimateSet(['motivation', 'confiance', 'competence', 'capacite', 'culture'])).toBe(false);
    expect(isClimateSet(['respect', 'regles', 'lois-et-codes', 'independance'])).toBe(false);
  });

  it('hands the grid strings to the island only for the climate questionnaire', () => {
    const dictionary = { 'diagram.climates.criterion.egoism': 'Égoïsme', 'diagram.climates.locus.local': 'Organisation', 'diagram.climates.caption': 'x', 'diagnostic.next': 'Suivant' };
    expect(climateGridStrings(dictionary, Object.keys(CLIMATE_PLACES))).toEqual({ 'diagram.climates.criterion.egoism': 'Égoïsme', 'diagram.climates.locus.local': 'Organisation' });
    expect(climateGridStrings(dictionary, ['motivation'])).toEqual({});
  });
});

describe('barWidth', () => {
  const track: Box = { x: 10, y: 0, w: 200, h: 10 };
  it('is empty without a score and proportional otherwise', () => {
    expect(barWidth(track, null)).toBe(0);
    expect(barWidth(track, undefined)).toBe(0);
    expect(barWidth(track, Number.NaN)).toBe(0);
    expect(barWidth(track, 50)).toBe(100);
    expect(barWidth(track, 100)).toBe(200);
  });

  it('stays within the track and grows with the score', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 150, noNaN: true }), fc.double({ min: -50, max: 150, noNaN: true }), (a, b) => {
        const [wa, wb] = [barWidth(track, a), barWidth(track, b)];
        expect(wa).toBeGreaterThanOrEqual(0);
        expect(wa).toBeLessThanOrEqual(track.w);
        if (a <= b) expect(wa).toBeLessThanOrEqual(wb);
      }),
    );
  });
});

describe('eight principles', () => {
  it('lays eight separate tiles inside the picture, in reading order', () => {
    const layout = principlesLayout();
    expect(layout.tiles).toHaveLength(PRINCIPLES.length);
    for (const tile of layout.tiles) expect(inside(tile, canvas(layout))).toBe(true);
    for (const [a, b] of pairs(layout.tiles)) expect(overlap(a, b)).toBe(false);
    layout.tiles.slice(1).forEach((tile, i) => {
      const before = layout.tiles[i]!;
      expect(tile.y > before.y || (tile.y === before.y && tile.x > before.x)).toBe(true);
    });
  });
});

describe('manager-leader cycle', () => {
  it('puts the seven activities on one circle, the first at the top, with one arc between neighbours', () => {
    const layout = cycleLayout(CYCLE.length);
    const center = { x: layout.width / 2, y: layout.height / 2 };
    expect(layout.nodes[0]!.x).toBeCloseTo(center.x, 0);
    expect(layout.nodes[0]!.y).toBeLessThan(center.y);
    for (const n of layout.nodes) expect(Math.hypot(n.x - center.x, n.y - center.y)).toBeCloseTo(layout.radius, 0);
    expect(layout.arcs).toHaveLength(CYCLE.length);
    for (const n of layout.nodes) {
      expect(n.x - layout.nodeRadius).toBeGreaterThanOrEqual(0);
      expect(n.y + layout.nodeRadius).toBeLessThanOrEqual(layout.height);
    }
  });

  it('starts and ends each arc clear of the nodes it joins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 10 }), (n) => {
        const layout = cycleLayout(n);
        layout.arcs.forEach((arc, i) => {
          const [x0, y0, x1, y1] = [...arc.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0])).filter((_, k) => [0, 1, 7, 8].includes(k));
          const from = layout.nodes[i]!;
          const to = layout.nodes[(i + 1) % n]!;
          expect(Math.hypot(x0! - from.x, y0! - from.y)).toBeGreaterThan(layout.nodeRadius);
          expect(Math.hypot(x1! - to.x, y1! - to.y)).toBeGreaterThan(layout.nodeRadius);
        });
      }),
    );
  });
});

describe('enablement or engagement first', () => {
  it('groups rules by their step, keeping their order within a step', () => {
    const rules = [
      { id: 'a', step: 'tools' },
      { id: 'b', step: 'engagement' },
      { id: 'c', step: 'tools' },
    ] as const;
    const groups = rulesByStep(rules);
    expect(groups.engagement.map((r) => r.id)).toEqual(['b']);
    expect(groups.climate).toEqual([]);
    expect(groups.tools.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('groups the rules of content/readiness in their order, engagement before climate before tools', () => {
    const { rules } = parse(readFileSync('content/readiness/regles.yaml', 'utf8')) as { rules: { id: string; step: 'engagement' | 'climate' | 'tools' }[] };
    const groups = rulesByStep(rules);
    expect([...groups.engagement, ...groups.climate, ...groups.tools].map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(groups.engagement.length).toBeGreaterThan(0);
    expect(groups.climate.length).toBeGreaterThan(0);
    expect(groups.tools.length).toBeGreaterThan(0);
  });

  it('lays the three steps left to right and each exit under its step', () => {
    const layout = flowLayout();
    for (const box of [...layout.steps, ...layout.exits]) expect(inside(box, canvas(layout))).toBe(true);
    layout.steps.slice(1).forEach((s, i) => expect(s.x).toBeGreaterThan(layout.steps[i]!.x + layout.steps[i]!.w));
    layout.exits.forEach((e, i) => {
      expect(e.x).toBe(layout.steps[i]!.x);
      expect(e.y).toBeGreaterThan(layout.steps[i]!.y + layout.steps[i]!.h);
    });
  });
});
