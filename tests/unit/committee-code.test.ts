import { describe, expect, it } from 'vitest';
import { decodeResult, decodeResultFor, encodeResult } from '../../src/lib/result-code';
import { codeRegistry } from '../../src/lib/instrument-view';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument';
import engagement from '../../content/diagnostics/engagement.json';
import climate from '../../content/diagnostics/climat-ethique.json';
import manager from '../../content/diagnostics/manager-leader.json';
import companies from '../../content/diagnostics/charte-entreprises.json';

const load = (id: string, data: unknown): Instrument => ({ id, ...instrumentSchema.parse(data) });
const instruments = [load('engagement', engagement), load('climat-ethique', climate), load('manager-leader', manager), load('charte-entreprises', companies)];
const registry = codeRegistry(instruments, (id) => `/diagnostic/${id}/`);
const scores = [80, 55, null, 40, 62, 71, 90, 12, 50];

describe('committee codes', () => {
  it('are listed once, under their own letter, for the questionnaire that has a committee side only', () => {
    const entries = registry.filter((r) => r.committee);
    expect(entries).toEqual([{ id: 'charte-entreprises', code: 'D', version: 1, dimensions: 9, committee: true, name: 'Charte des entreprises', href: '/diagnostic/charte-entreprises/' }]);
  });

  it('say they are a committee declaration, and a salesperson’s code of the same scores does not', () => {
    const declared = encodeResult(registry.find((r) => r.committee)!, scores);
    const seller = encodeResult(registry.find((r) => r.id === 'charte-entreprises' && !r.committee)!, scores);
    expect(declared[0]).toBe('D');
    expect(seller[0]).toBe('K');
    expect(decodeResult(declared, registry)).toEqual({ ok: true, value: { instrument: 'charte-entreprises', version: 1, scores, committee: true } });
    expect(decodeResult(seller, registry)).toEqual({ ok: true, value: { instrument: 'charte-entreprises', version: 1, scores } });
    expect(decodeResultFor(declared, registry, 'charte-entreprises').ok).toBe(true);
  });

  it('leave the codes of the other questionnaires, v1 to v3, read as before', () => {
    for (const entry of registry.filter((r) => r.id !== 'charte-entreprises')) {
      const code = encodeResult(entry, Array.from({ length: entry.dimensions }, (_, i) => (i * 11) % 101));
      const decoded = decodeResult(code, registry);
      expect(decoded.ok && decoded.value).toEqual({ instrument: entry.id, version: entry.version, scores: Array.from({ length: entry.dimensions }, (_, i) => (i * 11) % 101) });
    }
    expect(registry.filter((r) => r.id !== 'charte-entreprises').map((r) => `${r.code}${r.version}`).sort()).toEqual(['C1', 'C2', 'C3', 'E1', 'E2', 'E3', 'M1', 'M2', 'M3']);
  });

  it('refuses a committee letter that another questionnaire already uses, naming both files', () => {
    const clash = { ...instruments[3]!, committeeCode: 'E' };
    expect(() => codeRegistry([instruments[0]!, clash], (id) => id)).toThrow(/engagement\.json et content\/diagnostics\/charte-entreprises\.json/);
  });

  it('must differ from the questionnaire’s own letter', () => {
    const result = instrumentSchema.safeParse({ ...companies, committeeCode: 'K' });
    expect(result.success).toBe(false);
  });
});
