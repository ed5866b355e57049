import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCharter } from '../../../data/charter';
import { renderOgPng } from '../../../components/charter/og-image';
import { articleOgName, charterOgName, charterRoute, CHARTER_IDS } from '../../../lib/charter';
import { LANGS } from '../../../lib/locale';
import { getTranslator } from '../../../data/dictionaries';
import { url } from '../../../data/base-path';
import { getRouteMap } from '../../../data/routes';

/**
 * One 1200×630 share image per charter and per article, in each language:
 * `charte.png`, `article-3.png`, `entreprises.png`, `entreprises-article-3.png` in French,
 * the same names prefixed with `en-` in English.
 */
export const getStaticPaths = (async () => {
  const routes = await getRouteMap();
  const images = await Promise.all(
    LANGS.flatMap((lang) =>
      CHARTER_IDS.map(async (id) => {
        const [charter, t] = await Promise.all([getCharter(lang, id), getTranslator(lang)]);
        const title = charter.title;
        const common = { version: charter.version, siteName: t('site.name'), route: routes.localize(charterRoute(id), lang) };
        return [
          {
            params: { image: charterOgName(lang, id) },
            props: { ...common, kicker: t('charter.articleCount', { count: charter.articles.length }), title, text: charter.description },
          },
          ...charter.articles.map((article) => ({
            params: { image: articleOgName(article.number, lang, id) },
            props: { ...common, kicker: t('charter.og.articleOf', { number: article.number, title }), title: article.title, text: article.commitment },
          })),
        ];
      }),
    ),
  );
  return images.flat();
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { siteName, route, version, kicker, title, text } = props;
  const address = new URL(url(route), site ?? 'https://localhost/');
  const footer = `${address.host}${address.pathname} · version ${version} · CC BY-SA 4.0`;
  return new Response(await renderOgPng({ kicker, title, text, footer }, siteName), { headers: { 'Content-Type': 'image/png' } });
};
