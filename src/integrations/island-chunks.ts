/**
 * How the browser build groups modules into files, so that an island page loads few of them and
 * none waits for another (each request is a round trip on a phone network):
 * - `shared`: the Preact renderer and what it imports (Preact, hooks, the JSX runtime), with every
 *   module that all islands use. It is the island's `renderer-url`, fetched at the same time as the
 *   island's own file;
 * - one file per group of islands for the modules that some islands share but not all
 *   (`Assessment+TeamIsland`: scoring, result codes, the questionnaire's steps), so that a page whose
 *   island does not use them (the charter's adoption page) does not download them;
 * - one file per island: the island with every module only it reaches, on-demand imports included
 *   (the team view's session), so that using it makes no further request;
 * - plain page scripts (search) import their own copies of the modules they share with islands
 *   (`pageScriptCopies`), so the search page downloads no Preact and island pages no extra file;
 *   should a module still be reached from both, it goes to a `common` file.
 * The renderer's on-demand Preact Signals keeps Rolldown's default split.
 * `chunkOf` is pure over the module graph (tested with a made-up one); `islandChunks` applies it.
 */
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** What the grouping reads of a module: Rolldown's `ModuleInfo`, narrowed. */
export interface ModuleNode {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
}

/** Looks a module up by id; null when the build does not know it. */
export type ModuleGraph = (id: string) => ModuleNode | null;

/** A plain `<script>` of a page (not an island): Astro names its module `….astro?astro&type=script…`. */
export const isPageScript = (id: string) => id.includes('?astro&type=script');

/** The Preact renderer, the other module every island page loads. */
export const isRenderer = (id: string) => /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id);

/** A module installed from npm (not one of the site's own). */
const isLibrary = (id: string) => /[\\/]node_modules[\\/]/.test(id);

/** Returns the entries that reach `id` through its importers (and on-demand importers when `dynamic`). */
export function entriesReaching(id: string, graph: ModuleGraph, dynamic = true): Set<string> {
  const found = new Set<string>();
  const visited = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (visited.has(current)) continue;
    visited.add(current);
    const node = graph(current);
    if (!node) continue;
    if (node.isEntry) found.add(current);
    queue.push(...node.importers, ...(dynamic ? node.dynamicImporters : []));
  }
  return found;
}

/** Chunk name of an island entry: its file name without extension (`Assessment`). */
const baseName = (id: string) =>
  id
    .replace(/[?#].*$/, '')
    .replace(/^.*[\\/]/, '')
    .replace(/\.\w+$/, '');

/**
 * Returns the chunk `id` belongs to: `shared`, `common`, its island's name, the names of the islands
 * that share it (`Assessment+TeamIsland`), or null to leave the module to Rolldown (page scripts,
 * Preact Signals, modules nothing reaches). `islandCount` is the number of island entries of the build.
 */
export function chunkOf(id: string, graph: ModuleGraph, islandCount: number): string | null {
  const entries = [...entriesReaching(id, graph)];
  const islands = entries.filter((e) => !isPageScript(e));
  if (islands.length === 0) return null;
  if (islands.length < entries.length) return 'common';
  if (islands.length > 1) {
    const own = islands.filter((e) => !isRenderer(e));
    // What the renderer imports, or every island uses, every island page loads anyway.
    if (own.length < islands.length || own.length >= islandCount) return 'shared';
    // A library several islands use (nanostores) is small and goes with the renderer: a group of its
    // own would add a request to each of their pages.
    if (isLibrary(id)) return 'shared';
    return own.map(baseName).sort().join('+');
  }
  const [island] = islands as [string];
  if (!isRenderer(island)) return baseName(island);
  // The renderer alone reaches it: part of the renderer if imported up front, else left on demand.
  return entriesReaching(id, graph, false).size > 0 ? 'shared' : null;
}

/** Id suffix of a page script's own copy of a module. */
const COPY = '?page-script';

/** How Rolldown reads a copied file, by extension; a file of another kind (CSS, JSON…) is not copied. */
const moduleTypes: Record<string, 'js' | 'jsx' | 'ts' | 'tsx'> = { js: 'js', mjs: 'js', jsx: 'jsx', ts: 'ts', tsx: 'tsx' };
const fileOf = (id: string) => id.replace(/\?.*$/, '');
const moduleTypeOf = (id: string) => moduleTypes[/\.(\w+)$/.exec(fileOf(id))?.[1] ?? ''];

/**
 * Gives plain page scripts their own copy of every module they import (the search script's string
 * formatter, Vite's on-demand import helper), so that a module they share with islands costs the search
 * page no Preact and the island pages no extra file. The copies are a few hundred bytes.
 */
function pageScriptCopies(): Plugin {
  return {
    name: 'island-chunks:page-script-copies',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer || !(isPageScript(importer) || importer.endsWith(COPY))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !(resolved.id.startsWith('\0') || moduleTypeOf(resolved.id))) return resolved;
      return { ...resolved, id: `${resolved.id}${COPY}` };
    },
    async load(id) {
      if (!id.endsWith(COPY)) return null;
      const original = id.slice(0, -COPY.length);
      // A virtual module (Vite's helper) is loaded as Vite loads it; a file is read as it is.
      if (original.startsWith('\0')) return (await this.load({ id: original })).code ?? null;
      return { code: await readFile(fileOf(original), 'utf8'), moduleType: moduleTypeOf(original) };
    },
  };
}

/** Libraries each importing module gets its own copy of (papaparse: the team view and the pipeline check). */
const OWN_COPY_LIBRARIES = /[\\/]node_modules[\\/]papaparse[\\/]/;

/** Id suffix of an importer's own copy of a library. */
const OWN = '?own=';

/**
 * Gives each module that imports a library of `OWN_COPY_LIBRARIES` its own copy of it, so that the
 * library lands in the file of the one island that reaches that module. Shared, it would go with the
 * renderer to every island page (7 KB of CSV parser on the questionnaires) or to a group file of its
 * own (a fifth file on the team page). No page loads two islands that both use it.
 */
function ownCopies(): Plugin {
  return {
    name: 'island-chunks:own-copies',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer || importer.includes(OWN) || isPageScript(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !OWN_COPY_LIBRARIES.test(fileOf(resolved.id))) return resolved;
      return { ...resolved, id: `${fileOf(resolved.id)}${OWN}${baseName(importer)}` };
    },
    async load(id) {
      if (!id.includes(OWN)) return null;
      return { code: await readFile(fileOf(id), 'utf8'), moduleType: 'js' };
    },
  };
}

/** The CommonJS libraries islands import (papaparse ships as UMD only). */
const UMD_LIBRARIES = /[\\/]node_modules[\\/]papaparse[\\/]papaparse(\.min)?\.js$/;

/**
 * Turns a UMD library into an ES module (its `module.exports` as the default export), so that the
 * browser build needs none of Rolldown's CommonJS helpers for it: helpers used by two islands (the
 * team view uses them too) would get a file of their own, one more request on both pages.
 */
export function umdAsModule(code: string): string {
  return `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

function umdModules(): Plugin {
  return {
    name: 'island-chunks:umd-modules',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(code, id) {
      return UMD_LIBRARIES.test(fileOf(id)) ? { code: umdAsModule(code), map: null } : null;
    },
  };
}

/**
 * Applies `chunkOf` to the browser build. Entry files may then export more than the entry module
 * (`allow-extension`): the renderer's file is the shared file, instead of a one-line file re-exporting it.
 */
export function islandChunks(): AstroIntegration {
  // Island entries of the browser build, gathered as modules are parsed (before chunks are formed).
  const islands = new Set<string>();
  return {
    name: 'island-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              pageScriptCopies(),
              ownCopies(),
              umdModules(),
              {
                name: 'island-chunks',
                applyToEnvironment: (environment) => environment.name === 'client',
                moduleParsed(info) {
                  if (info.isEntry && !isPageScript(info.id) && !isRenderer(info.id)) islands.add(info.id);
                },
                configEnvironment(name) {
                  if (name !== 'client') return;
                  return {
                    build: {
                      rolldownOptions: {
                        preserveEntrySignatures: 'allow-extension',
                        output: {
                          codeSplitting: {
                            // Each module goes where chunkOf says, not with the modules it imports.
                            includeDependenciesRecursively: false,
                            groups: [{ name: (id, context) => chunkOf(id, (m) => context.getModuleInfo(m), islands.size) }],
                          },
                        },
                      },
                    },
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
