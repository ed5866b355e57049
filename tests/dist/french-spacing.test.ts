/**
 * French spacing on every built French page (issue 26): the typography step (src/lib/typography.ts,
 * the rehype plugin and the loaders) leaves no breakable space where a line may not break: before
 * `%` after a number, between a number and « h » (« 9 h », « 17 h 30 »), after « n° », before
 * `: ; ! ?` and `»`, after `«`. Read from the text, attributes and islands' data of each page.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir, languageOf, sitemapPaths } from '../support/dist';
import { fileOf } from '../support/page-assets';
import { pageText } from '../support/page-text';

const french = sitemapPaths().filter((path) => languageOf(path) === 'fr');

/** A breakable space: an ordinary one (or a line break in the source), not U+00A0 or U+202F. */
const rules: { name: string; pattern: RegExp }[] = [
  { name: 'avant %', pattern: /\d[ \t\n\r]+%/g },
  { name: 'entre un nombre et « h »', pattern: /\d[ \t\n\r]+h(?:[ \t\n\r\u00A0\u202F]\d{2})?(?![\p{L}\d])/gu },
  { name: 'entre « h » et les minutes', pattern: /\d[\u00A0\u202F]h[ \t\n\r]+\d{2}(?![\p{L}\d])/gu },
  { name: 'après « n° »', pattern: /(?<![\p{L}\d])[nN][°º][ \t\n\r]+/gu },
  { name: 'avant « : ; ! ? »', pattern: /(?<=\S)[ \t\n\r]+[:;!?]+(?=\s|$)/gu },
  { name: 'avant « » »', pattern: /(?<=\S)[ \t\n\r]+»/gu },
  { name: 'après « « »', pattern: /«[ \t\n\r]+/gu },
];

test('espaces insécables du français : %, heures, n°, ponctuation haute et guillemets', () => {
  expect(french.length).toBeGreaterThan(30);
  const found = new Set<string>();
  for (const path of french) {
    for (const line of pageText(readFileSync(fileOf(distDir, path), 'utf8'))) {
      if (line.source === 'data' && /<[a-z]/i.test(line.text)) continue;
      for (const { name, pattern } of rules) {
        for (const m of line.text.matchAll(pattern)) found.add(`/${path} : espace sécable ${name} — « ${line.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30)} »`);
      }
    }
  }
  expect([...found]).toEqual([]);
});
