/**
 * Narrows each built page's <meta> Content-Security-Policy to what that page contains.
 *
 * Astro 7 writes the same hash lists into every page: all the inline scripts and styles of the whole
 * site (over 25 hashes, about 1 KB gzip that does not compress), and it misses the CSS of components
 * used inside MDX collection entries, which the browser then blocks. After the build, this rewrites
 * each policy so that style-src lists exactly the page's inline <style> elements, and script-src only
 * the hashes Astro granted that the page actually uses. A script Astro did not hash (`is:inline`)
 * stays blocked, on purpose. It also moves stray <style> elements from <body> into <head>.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP source for `text`: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline scripts the browser would run (not `src`, not JSON data blocks) and inline styles of `html`. */
export function inlineContent(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc=/i.test(attrs!) && !/\stype="application\/(ld\+)?json"/i.test(attrs!))
    .map(([, , body]) => body!);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!);
  return { scripts, styles };
}

/** Returns `policy` with script-src and style-src hashes limited to (and, for styles, completed with) `content`. */
export function pagePolicy(policy: string, content: { scripts: readonly string[]; styles: readonly string[] }): string {
  const scriptHashes = new Set(content.scripts.map(hashSource));
  const styleHashes = [...new Set(content.styles.map(hashSource))];
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const plain = sources.filter((s) => !s.startsWith("'sha"));
      if (name === 'script-src') return [name, ...plain, ...sources.filter((s) => scriptHashes.has(s))].join(' ');
      if (name === 'style-src') return [name, ...plain, ...styleHashes].join(' ');
      return directive;
    });
  return `${directives.join('; ')};`;
}

/** Rewrites one built HTML document; returns undefined when it has no policy or nothing changes. */
export function narrowPageCsp(html: string): string | undefined {
  const meta = cspMeta.exec(html);
  if (!meta) return undefined;
  const policy = pagePolicy(meta[2]!, inlineContent(html));
  return policy === meta[2] ? undefined : html.replace(cspMeta, `$1${policy}$3`);
}

/**
 * Moves the <style> elements found in <body> to the end of <head>, where HTML allows them.
 * Astro writes its island rule (`astro-island{display:contents}`) just before the first island,
 * which may sit inside a <section> or a <p>: not valid HTML there. Same text, so same CSP hash.
 */
export function hoistBodyStyles(html: string): string {
  const bodyStart = html.search(/<body\b/i);
  const headEnd = html.search(/<\/head>/i);
  if (bodyStart < 0 || headEnd < 0 || headEnd > bodyStart) return html;
  const styles: string[] = [];
  const body = html.slice(bodyStart).replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, (style) => {
    styles.push(style);
    return '';
  });
  if (styles.length === 0) return html;
  return `${html.slice(0, headEnd)}${styles.join('')}${html.slice(headEnd, bodyStart)}${body}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: runs once the static pages are written. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const built = await readFile(file, 'utf8');
          const hoisted = hoistBodyStyles(built);
          const html = narrowPageCsp(hoisted) ?? hoisted;
          if (html !== built) await writeFile(file, html);
        }
      },
    },
  };
}
