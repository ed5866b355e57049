import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file (or every file whose name matches `names`) under `dir`, recursively, as a path from the repository root. */
function files(dir: string, names = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, names) : names.test(entry.name) ? [path] : [];
  });
}

/** The modules a file imports at run time (type-only imports left out). */
function runtimeImports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

describe('src/lib/ is pure (ARCHITECTURE.md)', () => {
  it('has files to check', () => {
    expect(files('src/lib').length).toBeGreaterThan(20);
  });

  it('imports neither Astro, nor Node’s file system, nor the Markdown step, and reads no import.meta.env', () => {
    const leaks = files('src/lib').flatMap((path) => [
      ...runtimeImports(path)
        .filter((module) => /^(astro|astro:|node:|fs$|path$)|\/markdown\/|\/data\/|\/stores\//.test(module))
        .map((module) => `${path} imports ${module}`),
      ...(readFileSync(path, 'utf8').includes('import.meta.env') ? [`${path} reads import.meta.env`] : []),
    ]);
    expect(leaks).toEqual([]);
  });
});

describe('schemas and lib import in one direction: lib takes its types from the schemas', () => {
  it('has no schema import anything from src/lib/', () => {
    const leaks = files('src/schemas').flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/^import[^;]*?from\s+'([^']*\/lib\/[^']*)'/gms)].map((m) => `${path} imports ${m[1]}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has lib import only types from the schemas (no schema library in an island)', () => {
    const leaks = files('src/lib').flatMap((path) => runtimeImports(path).filter((module) => module.includes('/schemas/')).map((module) => `${path} imports ${module}`));
    expect(leaks).toEqual([]);
  });
});


/** The components and layouts, Astro and TypeScript: they render what they are passed. */
const rendering = () => [...files('src/components', /\.(astro|tsx?)$/), ...files('src/layouts', /\.(astro|tsx?)$/)];

/** Whether `path` imports a loader of src/data/ (base-path.ts is none: it adds the base path to an address). */
const loads = (path: string) => runtimeImports(path).some((module) => /\/data\//.test(module) && !/\/data\/base-path$/.test(module));

/** Whether `path` applies typography: imports lib/typography.ts, calls a typesetter, or takes the context's `typeset`. */
const typesets = (path: string) =>
  runtimeImports(path).some((module) => /\/lib\/typography$/.test(module)) || /\btypeset(ter)?\(|\btypeset\b[^}=;]*\}\s*=\s*Astro\.locals/.test(readFileSync(path, 'utf8'));

describe('components and layouts render, they do not load (ARCHITECTURE.md)', () => {
  it('has files to check', () => {
    expect(rendering().length).toBeGreaterThan(40);
  });

  it('imports no loader of src/data/ (only base-path.ts, which adds the base path to an address)', () => {
    expect(rendering().filter(loads)).toEqual([]);
  });

  it('applies no typography: texts come typeset from their loader, the page context or the MDX step', () => {
    expect(rendering().filter(typesets)).toEqual([]);
  });
});

describe('the loaders of src/data/ cache in one way (memo.ts)', () => {
  it('keep no promise or cache of their own beside memo.ts', () => {
    const own = files('src/data')
      .filter((path) => !path.endsWith('memo.ts'))
      .filter((path) => /^(let|const)\s+\w+\s*(:\s*Promise<|=\s*new Map)|\?\?=/m.test(readFileSync(path, 'utf8')));
    expect(own).toEqual([]);
  });
});
