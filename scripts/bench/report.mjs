/** Formats the bench figures: a Markdown table for the terminal and README.md, and the notes under it. */
import { readFileSync, writeFileSync } from 'node:fs';

const kb = (bytes) => (bytes === 0 ? '0' : (bytes / 1024).toFixed(1).replace('.', ','));
const pair = ({ raw, gzip }) => (raw === 0 ? '0' : `${kb(raw)} / ${kb(gzip)}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** The table, one row per page type, then the reference. */
export function table(rows) {
  const head = ['Page', 'Adresse', 'HTML', 'CSS', 'JS', 'Total', 'Requêtes', 'Perf.', 'Access.', 'Bonnes pr.', 'SEO', 'LCP', 'TBT', 'TBT (CPU)', 'CLS'];
  const lines = rows.map(({ label, path, placeholder, bytes, lighthouse: lh }) => [
    placeholder ? `${label} (provisoire)` : label,
    `\`/${path}\``,
    pair(bytes.html),
    pair(bytes.css),
    pair(bytes.js),
    pair(bytes.total),
    String(bytes.requests),
    ...(lh
      ? [lh.scores.performance, lh.scores.accessibility, lh.scores['best-practices'], lh.scores.seo]
          .map(String)
          .concat([seconds(lh.lcp), `${lh.tbt} ms`, lh.cpu ? `${lh.cpu.tbt} ms` : '–', String(lh.cls).replace('.', ',')])
      : ['–', '–', '–', '–', '–', '–', '–', '–']),
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function lighthouseNote(result) {
  const runs = result.pages.map((r) => r.lighthouse).filter(Boolean);
  if (runs.length === 0) return 'Lighthouse non lancé (--no-lighthouse).';
  const indexes = runs.map((r) => r.benchmarkIndex);
  return (
    `Lighthouse ${runs[0].lighthouseVersion}, mode mobile par défaut (téléphone émulé, 4G lente simulée, processeur ralenti 4×), Chromium du système ; ` +
    `médiane de ${runs[0].runs} passages par page. Indice processeur de la machine (benchmarkIndex) : ${Math.min(...indexes)} à ${Math.max(...indexes)} ` +
    '(un ordinateur de bureau courant : 1 000 à 2 000) ; le TBT et donc la note de performance baissent quand la machine est chargée. ' +
    '« TBT (CPU) » applique la même règle au temps processeur réel des tâches de la page (borne haute, insensible à la charge).'
  );
}

/** Lines under the table: build, index, reference ratio, and any audit that cost points. */
export function notes(result) {
  const out = [
    'Octets : brut / gzip, en ko (1 ko = 1 024 octets), tout ce que la page reçoit à son chargement.',
    lighthouseNote(result),
    (result.build.astroMs > 0
      ? `Build : ${seconds(result.build.astroMs)} (Astro, ${result.build.pages} pages) + ${seconds(result.build.pagefindMs)} (Pagefind). `
      : `Build non mesuré (--no-build), ${result.build.pages} pages. `) +
      `Index Pagefind : ${kb(result.pagefind.bytes)} ko en ${result.pagefind.files} fichiers (une recherche n’en charge qu’une partie).`,
  ];
  if (result.reference) {
    const { ours, reference, ratio } = result.reference;
    out.push(
      `Référence : la même page du guide (\`/${result.reference.path}\`) dans un projet Astro nu (sans CSS ni gabarit) pèse ${kb(reference.gzip)} ko gzip ; ` +
        `la nôtre ${kb(ours.gzip)} ko, soit ${ratio.toFixed(2).replace('.', ',')} fois plus (en-tête, navigation, pied de page, table des matières, styles et CSP compris).`,
    );
  }
  for (const row of result.pages.filter((r) => r.lighthouse?.losing.length)) {
    out.push(`Points perdus sur \`/${row.path}\` : ${row.lighthouse.losing.join(', ')}.`);
  }
  return out.map((line) => `- ${line}`);
}

const start = '<!-- bench:début -->';
const end = '<!-- bench:fin -->';

/** Replaces the README block between the bench markers with `markdown`. */
export function updateReadme(file, markdown) {
  const readme = readFileSync(file, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${file} : marqueurs ${start} … ${end} introuvables`);
  writeFileSync(file, `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`);
}
