import { describe, expect, it } from 'vitest';
import { labelLines, radarLabel, radarPoint, radarPolygon, radarRing } from '../../src/lib/radar';

const center = { x: 100, y: 100 };

describe('radarPoint', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    expect(radarPoint(0, 4, 100, 50, center)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 100, 50, center)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 100, 50, center)).toEqual({ x: 100, y: 150 });
    expect(radarPoint(3, 4, 100, 50, center)).toEqual({ x: 50, y: 100 });
  });

  it('scales the distance with the value and clamps it to 0–100', () => {
    expect(radarPoint(1, 4, 50, 50, center)).toEqual({ x: 125, y: 100 });
    expect(radarPoint(1, 4, 140, 50, center)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(1, 4, -5, 50, center)).toEqual({ x: 100, y: 100 });
  });
});

describe('radarPolygon', () => {
  it('lists the points of the values, a missing score at the centre', () => {
    expect(radarPolygon([100, null, 50, 0], 50, center)).toBe('100,50 100,100 100,125 100,100');
  });
});

describe('radarRing', () => {
  it('draws a regular polygon at a level', () => {
    expect(radarRing(4, 50, 50, center)).toBe('100,75 125,100 100,125 75,100');
  });
});

describe('radarLabel', () => {
  it('anchors labels away from the chart', () => {
    expect(radarLabel(0, 4, 50, center, 10)).toEqual({ x: 100, y: 40, anchor: 'middle' });
    expect(radarLabel(1, 4, 50, center, 10)).toEqual({ x: 160, y: 100, anchor: 'start' });
    expect(radarLabel(3, 4, 50, center, 10)).toEqual({ x: 40, y: 100, anchor: 'end' });
  });
});

describe('labelLines', () => {
  it('keeps short labels and single words on one line', () => {
    expect(labelLines('Confiance')).toEqual(['Confiance']);
    expect(labelLines('Transversalité')).toEqual(['Transversalité']);
  });

  it('splits a long label at the space nearest its middle', () => {
    expect(labelLines('Approche factuelle')).toEqual(['Approche', 'factuelle']);
    expect(labelLines('Lois et codes')).toEqual(['Lois et', 'codes']);
  });
});
