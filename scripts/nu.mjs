/**
 * `npm run test:nu`: the W3C Nu HTML Checker (vnu-jar, run by a Java runtime) over every page of
 * the built site (`dist/`, or `DIST`), errors only, the messages of `.vnu-filter` left out (each
 * named there with its reason). Fails when the site holds no page, when Java is missing, and on any
 * error; prints the number of pages and how long the check took.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dist = process.env.DIST ?? 'dist';
const pages = (() => {
  try {
    return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  } catch {
    return 0;
  }
})();
if (pages === 0) {
  console.error(`test:nu : aucune page HTML dans ${dist}/ (lancez d’abord npm run build)`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
if (java.error || java.status !== 0) {
  console.error('test:nu : Java introuvable ; installez un JRE (Debian : apt-get install default-jre-headless), ou lancez bash scripts/run.sh test');
  process.exit(1);
}
const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const start = performance.now();
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--filterfile', '.vnu-filter', '--format', 'gnu', dist], { stdio: 'inherit' });
const seconds = ((performance.now() - start) / 1000).toFixed(1);
if (run.error) throw run.error;
console.log(`test:nu : ${pages} pages de ${dist}/ vérifiées en ${seconds} s, ${run.status === 0 ? 'aucune erreur' : 'des erreurs (voir les messages du vérificateur)'}`);
process.exit(run.status ?? 1);
