/**
 * Every signal the individual results draw from answers, tried on noise with the real
 * questionnaires: 10,000 uniformly random respondents per questionnaire (half answering 1–5 only,
 * half also « don't know »), and pure yes-sayers (every answer 4, every answer 5, 4s and 5s mixed),
 * each with no « don't know » and with one on every possible item. Seeded, so the figures are the
 * same on every run: a change to the data or the rules that lets noise through fails here.
 */
import { describe, expect, it } from 'vitest';
import { instrumentSchema, type InstrumentData } from '../../src/schemas/instrument';
import { scoreItems, type Answer, type Answers } from '../../src/lib/scoring';
import { responseStyle, riskPattern, reliableChangeOf, standOut, type Evidence } from '../../src/lib/signals';
import engagement from '../../content/diagnostics/engagement.json';
import climate from '../../content/diagnostics/climat-ethique.json';
import manager from '../../content/diagnostics/manager-leader.json';
import companies from '../../content/diagnostics/charte-entreprises.json';

const instruments = Object.entries({ engagement, 'climat-ethique': climate, 'manager-leader': manager, 'charte-entreprises': companies }).map(([id, data]) => ({ id, ...instrumentSchema.parse(data) }));

/** A small deterministic generator (LCG), so the simulation is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Returns a function giving the signals the results would show for answers, compared with an earlier code scored from `earlier`. */
function signalsOf(instrument: InstrumentData) {
  const groups = instrument.dimensions.map((d) => instrument.items.filter((item) => item.dimension === d.id));
  const sizes = groups.map((g) => g.length);
  const config = instrument.results;
  const riskIndex = config.type === 'profile' ? instrument.dimensions.findIndex((d) => d.id === config.risk.dimension) : -1;
  return (answers: Answers, earlier: Answers) => {
    const scores = groups.map((g) => scoreItems(g, answers).score);
    const before = groups.map((g) => scoreItems(g, earlier).score);
    const evidence: Evidence = { groups, answers };
    return {
      style: responseStyle(groups, answers),
      standOut: standOut(scores, sizes, evidence) !== null,
      risk: config.type === 'profile' && riskPattern(scores, riskIndex, config.risk.from, evidence),
      changed: scores.some((s, i) => reliableChangeOf(s, before[i], sizes[i]!, i, evidence)?.beyondNoise === true),
    };
  };
}

const RESPONDENTS = 10_000;

describe('signals on uniformly random answers', () => {
  it.each(instruments.map((i) => [i.id, i] as const))('%s: each signal fires for at most 2 % of 10,000 random respondents', (_, instrument) => {
    const random = generator(2026);
    const respondent = (withDontKnow: boolean): Answers =>
      Object.fromEntries(instrument.items.map((item) => [item.id, (withDontKnow ? Math.floor(random() * 6) : 1 + Math.floor(random() * 5)) as Answer]));
    const signals = signalsOf(instrument);
    const counts = { style: 0, standOut: 0, risk: 0, changed: 0 };
    for (let n = 0; n < RESPONDENTS; n++) {
      const withDontKnow = n % 2 === 1;
      const s = signals(respondent(withDontKnow), respondent(withDontKnow));
      if (s.style === 'yes-saying') counts.style++;
      if (s.standOut) counts.standOut++;
      if (s.risk) counts.risk++;
      if (s.changed) counts.changed++;
    }
    const rates = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / RESPONDENTS]));
    console.log(`${instrument.id} : réponses au hasard →`, Object.entries(rates).map(([k, v]) => `${k} ${(v * 100).toFixed(2)} %`).join(', '));
    for (const [signal, rate] of Object.entries(rates)) expect(rate, signal).toBeLessThanOrEqual(0.02);
  }, 30_000);
});

describe('signals on pure yes-saying', () => {
  /** Every yes-sayer: all 4, all 5, alternating 4 and 5; with no « don't know », then with one on each item in turn. */
  function yesSayers(instrument: InstrumentData): Answers[] {
    const patterns: ((i: number) => Answer)[] = [() => 4, () => 5, (i) => (i % 2 === 0 ? 5 : 4), (i) => (i % 2 === 0 ? 4 : 5)];
    return patterns.flatMap((pattern) => {
      const base = Object.fromEntries(instrument.items.map((item, i) => [item.id, pattern(i)])) as Record<string, Answer>;
      return [base, ...instrument.items.map((item) => ({ ...base, [item.id]: 0 as Answer }))];
    });
  }

  it.each(instruments.map((i) => [i.id, i] as const))('%s: the yes-saying notice fires for every one; no contrast, risk or change does', (_, instrument) => {
    const signals = signalsOf(instrument);
    const all = yesSayers(instrument);
    const earlier = Object.fromEntries(instrument.items.map((item) => [item.id, 1 as Answer]));
    for (const answers of all) {
      for (const before of [answers, earlier]) {
        const s = signals(answers, before);
        expect(s.style).toBe('yes-saying');
        expect(s.standOut).toBe(false);
        expect(s.risk).toBe(false);
        expect(s.changed).toBe(false);
      }
    }
    expect(all.length).toBe(4 * (instrument.items.length + 1));
  });
});
