import { describe, expect, it } from 'vitest';
import { IMAGE_HEIGHT, IMAGE_WIDTH, resultImageLayout, type ImageContent, type Shape } from '../../src/lib/result-image';

const content: ImageContent = {
  title: 'Engagement : mes résultats',
  subtitle: 'Indice global : 58 / 100',
  axes: ['Motivation', 'Compétence', 'Confiance', 'Cadre de travail', 'Méthode'],
  names: ['Motivation', 'Compétence', 'Confiance en soi', 'Cadre de travail', 'Méthode commerciale'],
  scores: [80, 40, null, 100, 0],
  notScored: 'Pas assez de réponses',
  footer: 'Autodiagnostic anonyme · vente-engagee.fr',
};
const shapes = resultImageLayout(content);
const texts = shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
const points = (s: Shape) =>
  s.kind === 'polygon' ? s.points : s.kind === 'line' ? [s.from, s.to] : s.kind === 'rect' ? [{ x: s.x, y: s.y }, { x: s.x + s.w, y: s.y + s.h }] : [{ x: s.x, y: s.y }];

describe('resultImageLayout', () => {
  it('writes the title, subtitle, axis labels, names, scores and footer, and nothing else', () => {
    const expected = [content.title, content.subtitle, ...content.axes.flatMap((a) => (a === 'Cadre de travail' ? ['Cadre de', 'travail'] : [a])), ...content.names, '80', '40', 'Pas assez de réponses', '100', '0', content.footer];
    expect([...texts].sort()).toEqual([...expected].sort());
  });

  it('gives every axis label room beside the chart and the bars', () => {
    // Axis labels: the texts of the chart's half of the image, under the title lines (« Cadre de travail » on two lines).
    const labels = shapes.flatMap((s) => (s.kind === 'text' && s.x < 620 && s.y > 130 && s.y < 560 ? [s] : []));
    expect(labels.map((l) => l.text)).toEqual(['Motivation', 'Compétence', 'Confiance', 'Cadre de', 'travail', 'Méthode']);
    for (const label of labels) {
      const [left, right] = label.align === 'left' ? [label.x, label.x + label.max] : label.align === 'right' ? [label.x - label.max, label.x] : [label.x - label.max / 2, label.x + label.max / 2];
      expect(left, label.text).toBeGreaterThanOrEqual(0);
      expect(right, label.text).toBeLessThanOrEqual(620);
    }
  });

  it('keeps every shape inside the 1200 × 630 frame', () => {
    for (const shape of shapes) {
      for (const p of points(shape)) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(IMAGE_WIDTH);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(IMAGE_HEIGHT);
      }
    }
  });

  it('draws a bar as long as each score, and none for a missing one', () => {
    const bars = shapes.filter((s) => s.kind === 'rect' && s.ink === 'accent');
    const track = shapes.find((s) => s.kind === 'rect' && s.ink === 'line')!;
    expect(bars.map((b) => (b.kind === 'rect' ? Math.round((100 * b.w) / (track.kind === 'rect' ? track.w : 1)) : -1))).toEqual([80, 40, 100, 0]);
  });

  it('draws the radar polygon through the scores, a missing one at the centre', () => {
    const radar = shapes.find((s) => s.kind === 'polygon' && s.fill);
    expect(radar?.kind === 'polygon' && radar.points[2]).toEqual({ x: 320, y: 345 });
    expect(radar?.kind === 'polygon' && radar.points[3]).toEqual({ x: 220.1, y: 482.5 });
  });
});
