/**
 * The charter collection in the reader's language: the two charters, the companies' kit and the
 * page for buyers. Each file is read, checked and typeset once per build: a missing one fails the
 * build with the file to create, a translation whose structure differs from the French reference
 * fails it too, listing every difference. An entry returned here is ready to render: French
 * typography applied for French, legal references bound to their numbers, links with the base path.
 */
import { getEntry } from 'astro:content';
import { isBuyersPage, isCharter, type BuyersPage, type Charter, type CharterEntry, type CompanyKit } from '../schemas/charter';
import { bindLegalReference, CHARTERS, charterAreaLinks, charterTextSpec, citedArticleProblems, type CharterId } from '../lib/charter';
import type { SectionLink } from '../lib/navigation';
import { ROUTES } from '../lib/routes';
import { getTranslator } from './dictionaries';
import { mapText, overlayTranslation } from '../lib/data-text';
import { DEFAULT_LANG, type Lang } from '../lib/locale';
import { url } from './base-path';
import { getRouteMap } from './routes';
import { typesetter } from '../lib/typography';
import { memo } from './memo';
import { getReferences } from './references';
import { unknownReferenceIds } from '../lib/references';

const file = (lang: Lang, name: string) => `content/charte/${lang}/${name}.yaml`;

/** The files of a language folder and the `kind` each declares. */
const KINDS: Readonly<Record<string, CharterEntry['kind']>> = { charte: 'charte', entreprises: 'charte', 'kit-entreprises': 'kit', acheteurs: 'acheteurs' };

/** Reads `content/charte/<lang>/<name>.yaml` as it is written; a missing file, or one of another kind, fails naming it. */
async function read(lang: Lang, name: string): Promise<CharterEntry> {
  const entry = await getEntry('charter', `${lang}/${name}`);
  if (entry?.data.kind !== KINDS[name]) throw new Error(`${file(lang, name)} est introuvable : créez-le avec « kind: ${KINDS[name]} ».`);
  return entry.data;
}

/** Returns `entry` ready to render in `lang`: texts typeset, legal references bound, links with the base path. */
function prepare(entry: CharterEntry, lang: Lang): CharterEntry {
  const typeset = mapText(entry, typesetter(lang), charterTextSpec());
  const link = <L extends { href: string }>(l: L): L => ({ ...l, href: url(l.href) });
  if (isCharter(typeset)) {
    const articles = typeset.articles.map((a) => ({
      ...a,
      law: a.law.map((law) => ({ ...law, about: bindLegalReference(law.about) })),
      links: a.links.map(link),
    }));
    return { ...typeset, articles };
  }
  if (isBuyersPage(typeset)) return { ...typeset, report: typeset.report.map((step) => (step.link ? { ...step, link: link(step.link) } : step)) };
  return typeset;
}

/** Entries by `<lang>/<name>`, each read, checked against the French reference and prepared once per build. */
const entries = memo(async (key: string): Promise<CharterEntry> => {
  const [lang, name] = key.split('/') as [Lang, string];
  const data = await read(lang, name);
  if (lang === DEFAULT_LANG) return prepare(data, lang);
  const [reference, routes] = await Promise.all([read(DEFAULT_LANG, name), getRouteMap()]);
  const spec = charterTextSpec((href) => routes.localize(href, lang));
  return prepare(overlayTranslation(reference, data, spec, { translation: file(lang, name), reference: file(DEFAULT_LANG, name) }), lang);
});

/** Charters by `<lang>/<id>`, their legal references checked against `content/site/references.yaml`. */
const charters = memo(async (key: string): Promise<Charter> => {
  const [lang, id] = key.split('/') as [Lang, CharterId];
  // `read` checked the kind.
  const [charter, references] = await Promise.all([entries(`${lang}/${CHARTERS[id].file}`) as Promise<Charter>, getReferences()]);
  const used = charter.articles.flatMap((a) => a.law.map((law) => ({ where: `article ${a.number}`, id: law.source })));
  const problems = unknownReferenceIds(used, new Set(references.keys()));
  if (problems.length > 0) throw new Error(`${file(lang, CHARTERS[id].file)} :\n- ${problems.join('\n- ')}`);
  return charter;
});

/** Returns charter `id` in `lang` (`content/charte/<lang>/charte.yaml` for the salesperson's, `entreprises.yaml` for the companies'). */
export function getCharter(lang: Lang, id: CharterId): Promise<Charter> {
  return charters(`${lang}/${id}`);
}

/**
 * Returns the companies' adoption kit in `lang` (`content/charte/<lang>/kit-entreprises.yaml`);
 * a dilemma citing an article that neither charter has fails the build, naming the dilemma.
 */
export async function getCompanyKit(lang: Lang = DEFAULT_LANG): Promise<CompanyKit> {
  const [kit, salesperson, company] = await Promise.all([entries(`${lang}/kit-entreprises`) as Promise<CompanyKit>, getCharter(lang, 'salesperson'), getCharter(lang, 'company')]);
  const numbers = (charter: Charter) => new Set(charter.articles.map((a) => a.number));
  const problems = [
    ...citedArticleProblems(kit.dilemmas.map((d) => ({ where: `${d.id} (charte du commercial)`, numbers: d.salesperson })), numbers(salesperson)),
    ...citedArticleProblems(kit.dilemmas.map((d) => ({ where: `${d.id} (charte des entreprises)`, numbers: d.company })), numbers(company)),
  ];
  if (problems.length > 0) throw new Error(`${file(lang, 'kit-entreprises')} :\n- ${problems.join('\n- ')}`);
  return kit;
}

/** Returns the page for buyers in `lang` (`content/charte/<lang>/acheteurs.yaml`). */
export function getBuyersPage(lang: Lang = DEFAULT_LANG): Promise<BuyersPage> {
  return entries(`${lang}/acheteurs`) as Promise<BuyersPage>;
}

/**
 * Returns the charters' pages as the list beside every charter page shows them (CharterFrame), in
 * `lang`: each charter under its title, its other pages under their dictionary labels, the page whose
 * French route is `current` marked (none on a version's page).
 */
export async function getCharterArea(lang: Lang, current: string | undefined): Promise<SectionLink[]> {
  const [salesperson, company, t, routes] = await Promise.all([getCharter(lang, 'salesperson'), getCharter(lang, 'company'), getTranslator(lang), getRouteMap()]);
  const labels = new Map<string, string>([
    [ROUTES.charter, salesperson.title],
    [ROUTES.charterAdopt, t('charter.adopt.title')],
    [ROUTES.charterBuyers, t('charter.buyers.crumb')],
    [ROUTES.charterVersions, t('charter.versions.crumb')],
    [ROUTES.companies, company.title],
    [ROUTES.companyAdopt, t('charter.kit.adopt.crumb')],
    [ROUTES.companyWorkshop, t('charter.kit.workshop.crumb')],
    [ROUTES.companyVersions, t('charter.versions.crumb')],
  ]);
  return charterAreaLinks(current, (route) => labels.get(route)!, (route) => routes.localize(route, lang));
}
