// Refuses to publish while the legal notice is incomplete: reads content/site/editeur.yaml, checks it
// against its schema and exits with an error naming each fact still unknown (`null`). Local builds
// only warn (src/data/publisher.ts); the deployment workflow runs this before building.
// Usage: npm run check:publisher
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { publisherSchema } from '../src/schemas/publisher.ts';
import { missingFacts } from '../src/lib/publisher.ts';

const FILE = 'content/site/editeur.yaml';
const parsed = publisherSchema.safeParse(parse(readFileSync(FILE, 'utf8')));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`::error file=${FILE}::${issue.path.join('.')} : ${issue.message}`);
  process.exit(1);
}
const missing = missingFacts(parsed.data);
if (missing.length > 0) {
  // One annotation per field, so the workflow's summary lists each one.
  for (const field of missing) console.error(`::error file=${FILE}::champ « ${field} » à compléter avant toute mise en ligne`);
  console.error(`${missing.length} information(s) des mentions légales manquent dans ${FILE} : ${missing.join(', ')}. Le site n’est pas publié.`);
  process.exit(1);
}
console.log(`${FILE} : toutes les mentions légales sont renseignées.`);
