// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { GroupView } from '../../../src/components/islands/team/GroupView';
import { ReadinessView } from '../../../src/components/islands/team/ReadinessView';
import { ConfirmDialog } from '../../../src/components/islands/team/ConfirmDialog';
import { teamInstrumentOf } from '../../../src/lib/team-summary';
import { readinessSchema } from '../../../src/schemas/readiness';
import type { Figure, TeamFigures } from '../../../src/lib/readiness';
import type { DimensionStats } from '../../../src/lib/team-stats';
import { instrument, t } from './fixtures';

const rules = readinessSchema.parse(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));
const engagement = teamInstrumentOf(instrument('engagement'));
const climate = teamInstrumentOf(instrument('climat-ethique'));
const num = (x: number) => x.toLocaleString('fr-FR');
const shown = (mean: number, cells = [{ from: 0, to: 2, count: 0 }, { from: 3, to: 3, count: 5 }]): DimensionStats => ({ status: 'shown', n: 5, mean, cells });
const dims = (of: typeof engagement, stats: DimensionStats[]) => of.dimensions.map((d, i) => ({ id: d.id, stats: stats[i]! }));

afterEach(cleanup);

describe('GroupView', () => {
  it('names no weak point when every mean is the same, and says so', () => {
    const { container } = render(<GroupView instrument={engagement} threshold={5} dimensions={dims(engagement, engagement.dimensions.map(() => shown(56)))} dominance={rules.dominance} t={t} num={num} />);
    expect(container.querySelector('.advice')).toBeNull();
    expect(container.querySelector(`#weak-engagement + p`)!.textContent).toBe(t('team.weakest.none', { gap: 10 }));
  });

  it('names as weak points only dimensions 10 points or more below the highest', () => {
    const means = [72, 40, 66, 70, 71];
    const { container } = render(<GroupView instrument={engagement} threshold={5} dimensions={dims(engagement, means.map((m) => shown(m)))} dominance={rules.dominance} t={t} num={num} />);
    const named = [...container.querySelectorAll('.advice > li > p:first-child')].map((p) => p.textContent);
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(engagement.dimensions[1]!.name);
  });

  it('names no dominant climate on a lead under 10 points', () => {
    const means = [70, 62, 50, 45, 40];
    const { container } = render(<GroupView instrument={climate} threshold={5} dimensions={dims(climate, means.map((m) => shown(m)))} dominance={rules.dominance} t={t} num={num} />);
    expect(container.querySelector('.dominant')!.textContent).toContain(t('team.dominant.none', { atLeast: 60, lead: 10 }));
    expect(container.querySelector('.dominant a')).toBeNull();
  });

  it('names a dominant climate at 60 or more with a 10-point lead', () => {
    const means = [72, 62, 50, 45, 40];
    const { container } = render(<GroupView instrument={climate} threshold={5} dimensions={dims(climate, means.map((m) => shown(m)))} dominance={rules.dominance} t={t} num={num} />);
    expect(container.querySelector('.dominant')!.textContent).toContain(t('team.dominant', { name: climate.dimensions[0]!.name, mean: '72' }));
  });

  it('cannot name a dominant climate when one climate is hidden', () => {
    const stats = [shown(80), shown(40), shown(40), shown(40), { status: 'alike', n: null, mean: null, cells: null } as DimensionStats];
    const { container } = render(<GroupView instrument={climate} threshold={5} dimensions={dims(climate, stats)} dominance={rules.dominance} t={t} num={num} />);
    expect(container.querySelector('.dominant')!.textContent).toContain(t('team.dominant.hidden'));
  });

  it('says in words that a distribution is withheld, instead of a cell holding everyone', () => {
    const stats = engagement.dimensions.map((_, i) => (i === 0 ? shown(55, []) : shown(60)));
    const { container } = render(<GroupView instrument={engagement} threshold={5} dimensions={dims(engagement, stats)} dominance={rules.dominance} t={t} num={num} />);
    const first = container.querySelectorAll('tbody tr')[0]!.querySelectorAll('td');
    expect(first[2]!.textContent).toBe(t('team.cells.none'));
  });
});

describe('ReadinessView', () => {
  const figures = (instrumental: number | 'alike'): TeamFigures =>
    new Map([
      ['engagement', new Map(engagement.dimensions.map((d): [string, Figure] => [d.id, { mean: 70, n: 8 }]))],
      ['climat-ethique', new Map(climate.dimensions.map((d): [string, Figure] => [d.id, d.id === 'instrumental' ? (instrumental === 'alike' ? { hidden: 'alike' } : { mean: instrumental, n: 8 }) : { mean: 45, n: 8 }]))],
    ]);
  const name = climate.dimensions.find((d) => d.id === 'instrumental')!.name;

  it('gives no verdict and names the hidden input when a rule needs it', () => {
    const { container } = render(<ReadinessView readiness={rules} figures={figures('alike')} instruments={[engagement, climate]} t={t} num={num} />);
    expect(container.querySelector('.badge')!.textContent).toBe(t('team.readiness.verdict.none'));
    expect(container.querySelector('.hidden-inputs li')!.textContent).toBe(t('team.readiness.hidden.alike', { name, instrument: climate.shortTitle }));
    expect(container.querySelector('h3')).toBeNull();
  });

  it('reads « close to the limit » next to a boundary, with how close', () => {
    const { container } = render(<ReadinessView readiness={rules} figures={figures(58)} instruments={[engagement, climate]} t={t} num={num} />);
    expect(container.querySelector('.badge')!.textContent).toBe(t('team.readiness.near.badge', { verdict: t('team.readiness.verdict.pilot') }));
    expect(container.querySelector('.margin')!.textContent).toBe(
      t('team.readiness.margin.mean', { name, mean: '58', points: '2', boundary: 60, rule: 'climat-instrumental', band: num(4.9) }),
    );
  });

  it('gives a firm verdict away from every boundary', () => {
    const { container } = render(<ReadinessView readiness={rules} figures={figures(30)} instruments={[engagement, climate]} t={t} num={num} />);
    expect(container.querySelector('.badge')!.textContent).toBe(t('team.readiness.verdict.pilot'));
    expect(container.querySelector('.hidden-inputs')).toBeNull();
  });
});

describe('ConfirmDialog', () => {
  it('opens as a modal with the safe choice focused; Escape and « cancel » keep everything', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const { container, rerender } = render(<ConfirmDialog open={false} id="c" title="Terminer ?" text="Tout sera effacé." confirm="Effacer" cancel="Continuer" onConfirm={onConfirm} onCancel={onCancel} />);
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(false);
    rerender(<ConfirmDialog open id="c" title="Terminer ?" text="Tout sera effacé." confirm="Effacer" cancel="Continuer" onConfirm={onConfirm} onCancel={onCancel} />);
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Terminer ?' })).toBe(dialog);
    expect(document.activeElement!.textContent).toBe('Continuer');
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Effacer' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
