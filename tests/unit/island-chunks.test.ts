import { describe, expect, it } from 'vitest';
import { chunkOf, entriesReaching, umdAsModule, type ModuleGraph, type ModuleNode } from '../../src/integrations/island-chunks';

/** A made-up browser build shaped like ours: the renderer, three islands, a page script. */
const renderer = '/p/node_modules/@astrojs/preact/dist/client.js';
const assessment = '/p/src/components/islands/Assessment.tsx';
const team = '/p/src/components/islands/TeamIsland.tsx';
const adopt = '/p/src/components/islands/AdoptCertificate.tsx';
const search = '/p/src/views/Search.astro?astro&type=script&index=0&lang.ts';

const modules: Record<string, Partial<ModuleNode>> = {
  [renderer]: { isEntry: true },
  [assessment]: { isEntry: true },
  [team]: { isEntry: true },
  [adopt]: { isEntry: true },
  [search]: { isEntry: true },
  '/p/node_modules/preact/dist/preact.module.js': { importers: [renderer, assessment, team, adopt] },
  '/p/node_modules/@astrojs/preact/dist/static-html.js': { importers: [renderer] },
  '/p/node_modules/@preact/signals/dist/signals.module.js': { dynamicImporters: [renderer] },
  '/p/node_modules/@preact/signals-core/dist/signals-core.module.js': { importers: ['/p/node_modules/@preact/signals/dist/signals.module.js'] },
  '/p/src/components/islands/assessment/Results.tsx': { importers: [assessment] },
  '/p/src/lib/everywhere.ts': { importers: [assessment, team, adopt] },
  '/p/node_modules/nanostores/index.js': { importers: [assessment, team] },
  '/p/src/components/islands/assessment/Step.tsx': { importers: [assessment, '/p/src/components/islands/team/Session.tsx'] },
  '/p/src/components/islands/team/Session.tsx': { dynamicImporters: [team] },
  '/p/content/diagnostics/engagement.json': { dynamicImporters: ['/p/src/components/islands/team/Session.tsx'] },
  '/p/src/components/search/search-page.ts': { importers: [search] },
  '/p/src/lib/i18n.ts': { importers: [assessment, '/p/src/components/search/search-page.ts'] },
  // An import cycle, which the walk must survive.
  '/p/src/lib/a.ts': { importers: [adopt, '/p/src/lib/b.ts'] },
  '/p/src/lib/b.ts': { importers: ['/p/src/lib/a.ts'] },
};

/** The three islands of the made-up build. */
const chunkOf3 = (id: string, g: ModuleGraph) => chunkOf(id, g, 3);

const graph: ModuleGraph = (id) => {
  const node = modules[id];
  return node ? { isEntry: false, importers: [], dynamicImporters: [], ...node } : null;
};

describe('entriesReaching', () => {
  it('follows static and on-demand importers up to the entries', () => {
    expect(entriesReaching('/p/content/diagnostics/engagement.json', graph)).toEqual(new Set([team]));
  });

  it('stops at static importers when asked to', () => {
    expect(entriesReaching('/p/node_modules/@preact/signals-core/dist/signals-core.module.js', graph, false)).toEqual(new Set());
  });

  it('ends on an import cycle', () => {
    expect(entriesReaching('/p/src/lib/b.ts', graph)).toEqual(new Set([adopt]));
  });
});

describe('chunkOf', () => {
  it('puts the renderer, what it imports up front and what every island uses in the shared file', () => {
    expect(chunkOf3(renderer, graph)).toBe('shared');
    expect(chunkOf3('/p/node_modules/@astrojs/preact/dist/static-html.js', graph)).toBe('shared');
    expect(chunkOf3('/p/node_modules/preact/dist/preact.module.js', graph)).toBe('shared');
    expect(chunkOf3('/p/src/lib/everywhere.ts', graph)).toBe('shared');
  });

  it('puts what some islands share, but not all, in a file of those islands', () => {
    expect(chunkOf3('/p/src/components/islands/assessment/Step.tsx', graph)).toBe('Assessment+TeamIsland');
  });

  it("keeps a module one island reaches in that island's file, on-demand imports included", () => {
    expect(chunkOf3(assessment, graph)).toBe('Assessment');
    expect(chunkOf3('/p/src/components/islands/assessment/Results.tsx', graph)).toBe('Assessment');
    expect(chunkOf3('/p/src/components/islands/team/Session.tsx', graph)).toBe('TeamIsland');
    expect(chunkOf3('/p/content/diagnostics/engagement.json', graph)).toBe('TeamIsland');
    expect(chunkOf3('/p/src/lib/b.ts', graph)).toBe('AdoptCertificate');
  });

  it("leaves the renderer's on-demand imports and page scripts to Rolldown", () => {
    expect(chunkOf3('/p/node_modules/@preact/signals/dist/signals.module.js', graph)).toBeNull();
    expect(chunkOf3('/p/node_modules/@preact/signals-core/dist/signals-core.module.js', graph)).toBeNull();
    expect(chunkOf3(search, graph)).toBeNull();
    expect(chunkOf3('/p/src/components/search/search-page.ts', graph)).toBeNull();
  });

  it('puts a module shared by a page script and an island in the common file', () => {
    expect(chunkOf3('/p/src/lib/i18n.ts', graph)).toBe('common');
  });

  it('leaves an unknown module to Rolldown', () => {
    expect(chunkOf3('/p/src/lib/unknown.ts', graph)).toBeNull();
  });

  it('puts a library some islands share in the shared file rather than a file of those islands', () => {
    expect(chunkOf3('/p/node_modules/nanostores/index.js', graph)).toBe('shared');
  });
});

describe('umdAsModule', () => {
  it('gives a UMD library its exports as an ES default export', async () => {
    const umd = "(function (root, factory) { if (typeof module === 'object' && typeof exports !== 'undefined') module.exports = factory(); else root.Lib = factory(); })(this, function () { return { answer: 42 }; });";
    const url = `data:text/javascript,${encodeURIComponent(umdAsModule(umd))}`;
    const lib = (await import(/* @vite-ignore */ url)) as { default: { answer: number } };
    expect(lib.default.answer).toBe(42);
  });
});
