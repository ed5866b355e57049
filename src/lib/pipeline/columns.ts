/**
 * The columns the pipeline check reads, and guesses of which column of an export holds each, from
 * the headers that Salesforce, HubSpot, Pipedrive and spreadsheets commonly write, in French and
 * English. Pure.
 */

/** The fields of a deal the check can read; the manager confirms or changes the guesses. */
export const FIELDS = [
  'name',
  'account',
  'owner',
  'stage',
  'status',
  'amount',
  'probability',
  'closeDate',
  'createdDate',
  'stageDate',
  'daysInStage',
  'forecast',
  'metrics',
  'economicBuyer',
  'decisionCriteria',
  'decisionProcess',
  'paperProcess',
  'pain',
  'champion',
  'competition',
] as const;

export type Field = (typeof FIELDS)[number];

/** The MEDDICC fields, in the order of the acronym. */
export const MEDDICC_FIELDS = ['metrics', 'economicBuyer', 'decisionCriteria', 'decisionProcess', 'paperProcess', 'pain', 'champion', 'competition'] as const satisfies readonly Field[];

/** Column index of each field read, by field; a field absent from the export is left out. */
export type Mapping = Partial<Record<Field, number>>;

/** Lower case, accents and punctuation dropped, single spaces: « Date de clôture (prévue) » is `date de cloture prevue`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Headers seen in exports, normalised, by field: an exact match first, then a header that contains one of them. */
const SYNONYMS: Record<Field, readonly string[]> = {
  name: ['opportunity name', 'deal name', 'deal title', 'title', 'nom de l opportunite', 'opportunite', 'nom de l affaire', 'affaire', 'nom de la transaction', 'transaction', 'titre', 'nom'],
  account: ['account name', 'account', 'company name', 'associated company', 'company', 'organization', 'organisation', 'nom du compte', 'compte', 'entreprise', 'societe', 'client'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'proprietaire de l opportunite', 'proprietaire de la transaction', 'proprietaire', 'commercial', 'vendeur', 'responsable', 'sales rep'],
  stage: ['stage', 'deal stage', 'pipeline stage', 'etape', 'etape de la transaction', 'phase', 'phase de vente'],
  status: ['status', 'deal status', 'statut', 'won lost', 'gagne perdu'],
  amount: ['amount', 'deal value', 'value', 'amount converted', 'montant', 'valeur', 'montant converti', 'valeur de l affaire', 'chiffre d affaires'],
  probability: ['probability', 'probability', 'deal probability', 'probabilite', 'probabilite de la transaction'],
  closeDate: ['close date', 'expected close date', 'closing date', 'date de cloture', 'date de cloture prevue', 'date de cloture attendue', 'date de signature prevue'],
  createdDate: ['created date', 'create date', 'deal created', 'deal creation date', 'date de creation', 'cree le', 'creation'],
  stageDate: ['last stage change date', 'stage change date', 'entered current stage', 'date de changement d etape', 'date du dernier changement d etape', 'date d entree dans l etape'],
  daysInStage: ['stage duration', 'days in stage', 'age in stage', 'jours dans l etape', 'duree dans l etape', 'anciennete dans l etape'],
  forecast: ['forecast category', 'forecast', 'categorie de prevision', 'categorie de prevision de vente', 'prevision'],
  metrics: ['metrics', 'metriques', 'indicateurs', 'indicateurs de gain'],
  economicBuyer: ['economic buyer', 'decideur economique', 'acheteur economique', 'decideur final'],
  decisionCriteria: ['decision criteria', 'criteres de decision', 'criteres de choix'],
  decisionProcess: ['decision process', 'processus de decision'],
  paperProcess: ['paper process', 'processus administratif', 'processus d achat', 'circuit de signature'],
  pain: ['identify pain', 'identified pain', 'pain', 'douleur', 'probleme identifie', 'enjeu identifie'],
  champion: ['champion', 'sponsor interne'],
  competition: ['competition', 'competitors', 'competitor', 'concurrence', 'concurrents', 'concurrent'],
};

/** Returns the guessed column of each field for `headers`: exact matches first, then containment; a column serves one field only. */
export function guessMapping(headers: readonly string[]): Mapping {
  const names = headers.map(normalizeHeader);
  const mapping: Mapping = {};
  const taken = new Set<number>();
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of FIELDS) {
      if (mapping[field] !== undefined) continue;
      for (const synonym of SYNONYMS[field]) {
        const index = names.findIndex((name, i) => !taken.has(i) && (pass === 'exact' ? name === synonym : name.includes(synonym)));
        if (index !== -1) {
          mapping[field] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  return mapping;
}

/** Whether `mapping` has what every figure needs: an amount, a close date, and a stage or a status. */
export function missingRequired(mapping: Mapping): Field[] {
  const missing: Field[] = [];
  if (mapping.amount === undefined) missing.push('amount');
  if (mapping.closeDate === undefined) missing.push('closeDate');
  if (mapping.stage === undefined && mapping.status === undefined) missing.push('stage');
  return missing;
}
