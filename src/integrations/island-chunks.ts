/**
 * How the browser build groups modules into files, so that an island page loads few of them and
 * none waits for another (each request is a round trip on a phone network):
 * - `shared`: the Preact renderer and what it imports, with every module that two islands or more
 *   use (Preact, hooks, the JSX runtime, nanostores, shared components and logic). It is the
 *   island's `renderer-url`, fetched at the same time as the island's own file;
 * - one file per island: the island with every module only it reaches, on-demand imports included
 *   (the team view's session and questionnaires), so that using it makes no further request;
 * - `common`: the few modules a plain page script (search) shares with islands, so that the search
 *   page does not download Preact.
 * Plain page scripts and the renderer's on-demand Preact Signals keep Rolldown's default split.
 * `chunkOf` is pure over the module graph (tested with a made-up one); `islandChunks` applies it.
 */
import type { AstroIntegration } from 'astro';

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
 * Returns the chunk `id` belongs to: `shared`, `common`, its island's name, or null to leave the
 * module to Rolldown (page scripts, Preact Signals, modules nothing reaches).
 */
export function chunkOf(id: string, graph: ModuleGraph): string | null {
  const entries = [...entriesReaching(id, graph)];
  const islands = entries.filter((e) => !isPageScript(e));
  if (islands.length === 0) return null;
  if (islands.length < entries.length) return 'common';
  if (islands.length > 1) return 'shared';
  const [island] = islands as [string];
  if (!isRenderer(island)) return baseName(island);
  // The renderer alone reaches it: part of the renderer if imported up front, else left on demand.
  return entriesReaching(id, graph, false).size > 0 ? 'shared' : null;
}

/**
 * Applies `chunkOf` to the browser build. Entry files may then export more than the entry module
 * (`allow-extension`): the renderer's file is the shared file, instead of a one-line file re-exporting it.
 */
export function islandChunks(): AstroIntegration {
  return {
    name: 'island-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'island-chunks',
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
                            groups: [{ name: (id, context) => chunkOf(id, (m) => context.getModuleInfo(m)) }],
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
