/**
 * What the charter's share links and previews say, for the whole charter and for one article.
 * The translator and the address builder are passed in, so pages and endpoints share one wording.
 */
import type { ShareContent } from '../../lib/share';
import type { Charter, CharterArticle } from '../../schemas/charter';
import { articleRoute, CHARTER_ROUTE } from '../../lib/charter';
import { frenchTypography } from '../../lib/typography';

type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;
type Absolute = (route: string) => string;

/** Returns the share content of the whole charter. */
export function charterShare(charter: Charter, t: Translate, absolute: Absolute): ShareContent {
  const title = frenchTypography(charter.title);
  return {
    url: absolute(CHARTER_ROUTE),
    title,
    text: t('charter.share.charterText', { title, count: charter.articles.length }),
  };
}

/** Returns the share content of one article; its address is the article's own page, which has its preview image. */
export function articleShare(charter: Charter, article: CharterArticle, t: Translate, absolute: Absolute): ShareContent {
  const values = {
    title: frenchTypography(charter.title),
    number: article.number,
    articleTitle: frenchTypography(article.title),
    commitment: frenchTypography(article.commitment),
  };
  return {
    url: absolute(articleRoute(article.number)),
    title: t('charter.share.articleSubject', values),
    text: t('charter.share.articleText', values),
    body: t('charter.share.articleBody', values),
  };
}
