/**
 * What the charter's share links and previews say, for the whole charter and for one article.
 * The translator, typesetter and address builder (French route → absolute address in the reader's
 * language) are passed in, so pages and endpoints share one wording.
 */
import type { ShareContent } from '../../lib/share';
import type { T } from '../../lib/i18n';
import type { Charter, CharterArticle } from '../../schemas/charter';
import { articleRoute, charterKey, charterRoute, type CharterId } from '../../lib/charter';

type Absolute = (route: string) => string;
type Typeset = (text: string) => string;

/** Returns the share content of the whole charter `id`. */
export function charterShare(charter: Charter, t: T, absolute: Absolute, typeset: Typeset, id: CharterId = 'commercial'): ShareContent {
  const title = typeset(charter.title);
  return {
    url: absolute(charterRoute(id)),
    title,
    text: t(charterKey(id, 'share.charterText'), { title, count: charter.articles.length }),
  };
}

/** Returns the share content of one article; its address is the article's own page, which has its preview image. */
export function articleShare(charter: Charter, article: CharterArticle, t: T, absolute: Absolute, typeset: Typeset, id: CharterId = 'commercial'): ShareContent {
  const values = {
    title: typeset(charter.title),
    number: article.number,
    articleTitle: typeset(article.title),
    commitment: typeset(article.commitment),
  };
  return {
    url: absolute(articleRoute(article.number, id)),
    title: t('charter.share.articleSubject', values),
    text: t('charter.share.articleText', values),
    body: t('charter.share.articleBody', values),
  };
}
