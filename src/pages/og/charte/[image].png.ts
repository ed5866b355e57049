import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCharter } from '../../../components/charter/load';
import { OG_SIZE, ogCardTree, renderPng, renderSvg } from '../../../components/charter/og-image';
import { articleAnchor, CHARTER_ROUTE, ogImageName } from '../../../lib/charter';
import { LANGS } from '../../../lib/locale';
import { typesetter } from '../../../lib/typography';
import { useTranslations } from '../../../lib/ui';
import { url } from '../../../lib/paths';
import { getRouteMap } from '../../../lib/site-routes';

/**
 * One 1200×630 share image for the charter and one per article, in each language:
 * `charte.png`, `article-3.png` in French, `en-charte.png`, `en-article-3.png` in English.
 */
export const getStaticPaths = (async () => {
  const routes = await getRouteMap();
  const images = await Promise.all(
    LANGS.map(async (lang) => {
      const [charter, t] = await Promise.all([getCharter(lang), useTranslations(lang)]);
      const typeset = typesetter(lang);
      const common = { version: charter.version, siteName: t('site.name'), route: routes.localize(CHARTER_ROUTE, lang) };
      return [
        {
          params: { image: ogImageName('charte', lang) },
          props: { ...common, kicker: t('charter.articleCount', { count: charter.articles.length }), title: typeset(charter.title), text: typeset(charter.description) },
        },
        ...charter.articles.map((article) => ({
          params: { image: ogImageName(articleAnchor(article.number), lang) },
          props: { ...common, kicker: t('charter.og.articleKicker', { number: article.number }), title: typeset(article.title), text: typeset(article.commitment) },
        })),
      ];
    }),
  );
  return images.flat();
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { siteName, route, ...card } = props;
  const address = new URL(url(route), site ?? 'https://localhost/');
  const footer = `${address.host}${address.pathname} · version ${props.version} · CC BY-SA 4.0`;
  const svg = await renderSvg(ogCardTree({ ...card, footer }, siteName), OG_SIZE, props.title);
  return new Response(renderPng(svg, OG_SIZE.width), { headers: { 'Content-Type': 'image/png' } });
};
