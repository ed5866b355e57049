/**
 * The yardstick: the same guide page built with the plainest Astro project possible (default
 * config, no integration, no CSS, no layout beyond <html><head><title>), in a throwaway folder.
 * Its body is the <article> of our built page, so both carry the same text and markup.
 * The folder is named dist-* so that git, ESLint and `astro check` leave it alone.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './process.mjs';

export const referenceRoot = 'dist-bench-ref';

/** Builds the reference from our built page file; returns the folder to serve. */
export function buildReference(builtPage) {
  const html = readFileSync(builtPage, 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Guide';
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start === -1 || end === -1) throw new Error(`${builtPage} : pas d’élément <article> à reprendre`);
  const article = html.slice(start, end + '</article>'.length).replace(/\sdata-astro-cid-\w+(="")?/g, '');

  rmSync(referenceRoot, { recursive: true, force: true });
  mkdirSync(join(referenceRoot, 'src/pages'), { recursive: true });
  writeFileSync(join(referenceRoot, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(referenceRoot, 'src/pages/index.astro'),
    `---\nconst title = ${JSON.stringify(title)};\nconst article = ${JSON.stringify(article)};\n---\n\n` +
      '<html lang="fr">\n  <head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n' +
      '    <title>{title}</title>\n  </head>\n  <body>\n    <Fragment set:html={article} />\n  </body>\n</html>\n',
  );
  run('node_modules/.bin/astro', ['build', '--root', referenceRoot, '--silent'], { ASTRO_TELEMETRY_DISABLED: '1' });
  return join(referenceRoot, 'dist');
}
