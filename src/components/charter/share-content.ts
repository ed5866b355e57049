/**
 * What the charter's share links and previews say, for the whole charter and for one article.
 * The translator and address builder (French route → absolute address in the reader's language)
 * are passed in, so pages and endpoints share one wording; the charter comes typeset from its loader.
 */
import type { T } from '../../lib/i18n';
import type { ShareContent } from '../../lib/share';
import type { Charter, CharterArticle } from '../../schemas/charter';
import { articleRoute, charterKey, charterRoute, type CharterId } from '../../lib/charter';
import { url } from '../../data/base-path';

type Absolute = (route: string) => string;

/** Returns the share content of the whole charter `id`. */
export function charterShare(charter: Charter, t: T, absolute: Absolute, id: CharterId): ShareContent {
  const title = charter.title;
  return {
    url: absolute(charterRoute(id)),
    title,
    text: t(charterKey(id, 'share.charterText'), { title, count: charter.articles.length }),
  };
}

/** Returns the share content of one article; its address is the article's own page, which has its preview image. */
export function articleShare(charter: Charter, article: CharterArticle, t: T, absolute: Absolute, id: CharterId): ShareContent {
  const values = {
    title: charter.title,
    number: article.number,
    articleTitle: article.title,
    commitment: article.commitment,
  };
  return {
    url: absolute(articleRoute(article.number, id)),
    title: t('charter.share.articleSubject', values),
    text: t('charter.share.articleText', values),
    body: t('charter.share.articleBody', values),
  };
}

/** Returns the absolute address of a site-relative route (base path included), for sharing and QR codes. */
export function absoluteUrl(route: string, site: URL | undefined): string {
  if (!site) throw new Error('L’option « site » d’Astro est requise pour construire les adresses de partage.');
  return new URL(url(route), site).href;
}
