/**
 * Reads the charter collection once per build, in the reader's language. The entries of a
 * language folder are told apart by `kind`; a missing one fails the build with the file to
 * create, and a translation whose structure differs from the French reference fails it too,
 * listing every difference.
 */
import { getEntry } from 'astro:content';
import { isBuyersPage, isCharter, isCompanyKit, type BuyersPage, type Charter, type CharterEntry, type CompanyKit } from '../../schemas/charter';
import { CHARTERS, citedArticleProblems, translationShapeProblems, type CharterId } from '../../lib/charter';
import { DEFAULT_LANG, type Lang } from '../../lib/locale';
import { url } from '../../data/paths';
import { getRouteMap } from '../../data/routes';

async function load<T extends CharterEntry>(lang: Lang, name: string, guard: (data: CharterEntry) => data is T, kind: string): Promise<T> {
  const file = (l: Lang) => `content/charte/${l}/${name}.yaml`;
  const read = async (l: Lang): Promise<T> => {
    const entry = await getEntry('charter', `${l}/${name}`);
    if (!entry || !guard(entry.data)) throw new Error(`${file(l)} est introuvable : créez-le avec « kind: ${kind} ».`);
    return entry.data;
  };
  const data = await read(lang);
  if (lang !== DEFAULT_LANG) {
    const routes = await getRouteMap();
    const problems = translationShapeProblems(await read(DEFAULT_LANG), data, (href) => routes.localize(href, lang));
    if (problems.length > 0) throw new Error(`${file(lang)} ne suit pas ${file(DEFAULT_LANG)} :\n- ${problems.join('\n- ')}`);
  }
  return data;
}

/** Returns charter `id` in `lang` (`content/charte/<lang>/charte.yaml` for the salesperson's, `entreprises.yaml` for the companies'). */
export function getCharter(lang: Lang = DEFAULT_LANG, id: CharterId = 'commercial'): Promise<Charter> {
  return load(lang, CHARTERS[id].file, isCharter, 'charte');
}

/**
 * Returns the companies' adoption kit in `lang` (`content/charte/<lang>/kit-entreprises.yaml`);
 * a dilemma citing an article that neither charter has fails the build, naming the dilemma.
 */
export async function getCompanyKit(lang: Lang = DEFAULT_LANG): Promise<CompanyKit> {
  const [kit, salesperson, company] = await Promise.all([load(lang, 'kit-entreprises', isCompanyKit, 'kit'), getCharter(lang), getCharter(lang, 'entreprises')]);
  const numbers = (charter: Charter) => new Set(charter.articles.map((a) => a.number));
  const problems = [
    ...citedArticleProblems(kit.dilemmas.map((d) => ({ where: `${d.id} (charte du commercial)`, numbers: d.salesperson })), numbers(salesperson)),
    ...citedArticleProblems(kit.dilemmas.map((d) => ({ where: `${d.id} (charte des entreprises)`, numbers: d.company })), numbers(company)),
  ];
  if (problems.length > 0) throw new Error(`content/charte/${lang}/kit-entreprises.yaml :\n- ${problems.join('\n- ')}`);
  return kit;
}

/** Returns the page for buyers in `lang` (`content/charte/<lang>/acheteurs.yaml`). */
export function getBuyersPage(lang: Lang = DEFAULT_LANG): Promise<BuyersPage> {
  return load(lang, 'acheteurs', isBuyersPage, 'acheteurs');
}

/** Returns the absolute address of a site-relative route (base path included), for sharing and QR codes. */
export function absoluteUrl(route: string, site: URL | undefined): string {
  if (!site) throw new Error('L’option « site » d’Astro est requise pour construire les adresses de partage.');
  return new URL(url(route), site).href;
}
