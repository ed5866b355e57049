import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under `dir`, recursively, as a path from the repository root. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
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

