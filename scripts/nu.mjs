/**
 * `npm run test:nu`: the W3C Nu HTML Checker (vnu-jar, run by a Java runtime) over every page of
 * the built site (`dist/`, or `DIST`), errors only, the messages of `.vnu-filter` left out (each
 * named there with its reason). Fails when the site holds no page, when Java is missing, on any
 * error, and when the checker's report cannot be read (it exits 0 after a crash such as a stack
 * overflow, so its exit code alone proves nothing); prints the pages checked and the time taken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const dist = process.env.DIST ?? 'dist';
const fail = (message) => {
  console.error(`test:nu : ${message}`);
  process.exit(1);
};

let pages = [];
try {
  pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dist, file));
} catch {
  // No dist/: no page, reported below.
}
if (pages.length === 0) fail(`aucune page HTML dans ${dist}/ (lancez d’abord npm run build)`);
const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) fail('Java introuvable ; installez un JRE (Debian : apt-get install default-jre-headless), ou lancez bash scripts/run.sh test');

const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
// --no-langdetect: the language guess only ever gives warnings, and costs time on every page.
const args = ['-jar', jar, '--errors-only', '--no-langdetect', '--filterfile', '.vnu-filter', '--format', 'json', ...pages];
const start = performance.now();
const run = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const seconds = ((performance.now() - start) / 1000).toFixed(1);
if (run.error) throw run.error;

let messages;
try {
  messages = JSON.parse(run.stderr).messages;
} catch {
  console.error(run.stdout, run.stderr);
  fail('le vérificateur n’a pas rendu de rapport lisible (voir sa sortie ci-dessus)');
}
for (const m of messages) {
  const file = m.url ? relative('.', new URL(m.url).pathname) : '?';
  console.error(`${file}:${m.lastLine ?? '?'}.${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.type}: ${m.message}`);
}
console.log(`test:nu : ${pages.length} pages de ${dist}/ vérifiées en ${seconds} s, ${messages.length === 0 ? 'aucune erreur' : `${messages.length} erreur(s)`}`);
process.exit(messages.length === 0 && run.status === 0 ? 0 : 1);
