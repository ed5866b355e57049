/**
 * A built page's document, parsed from its file in dist/ without a browser (happy-dom, no script run,
 * nothing fetched): for the file checks that only read markup (tests/dist/), which cost a file read
 * where a browser test costs a page load.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { distDir } from './dist';
import { fileOf } from './page-assets';

let shared: DOMParser | undefined;
/** One parser for every page: a happy-dom window costs more to open than a page to parse. */
function parser(): DOMParser {
  if (!shared) {
    const window = new Window({
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
    });
    shared = new window.DOMParser() as unknown as DOMParser;
  }
  return shared;
}

/** The document of the built page at `path` (relative to the base: `guide/`, `` for the home page). */
export function builtDocument(path: string): Document {
  return parser().parseFromString(readFileSync(fileOf(distDir, path), 'utf8'), 'text/html') as unknown as Document;
}

/** The text of `element` as a reader sees it, runs of spaces (no-break ones included) folded to one. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
