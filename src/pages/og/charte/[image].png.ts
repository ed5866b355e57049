import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCharter } from '../../../components/charter/load';
import { OG_SIZE, ogCardTree, renderPng, renderSvg } from '../../../components/charter/og-image';
import { articleAnchor, CHARTER_ROUTE } from '../../../lib/charter';
import { frenchTypography as ft } from '../../../lib/typography';
import { useTranslations } from '../../../lib/ui';
import { url } from '../../../lib/paths';

/** One 1200×630 share image for the charter (`charte.png`) and one per article (`article-3.png`). */
export const getStaticPaths = (async () => {
  const charter = await getCharter();
  const t = await useTranslations('fr');
  const count = charter.articles.length;
  return [
    {
      params: { image: 'charte' },
      props: { kicker: t('charter.articleCount', { count }), title: ft(charter.title), text: ft(charter.description), version: charter.version },
    },
    ...charter.articles.map((article) => ({
      params: { image: articleAnchor(article.number) },
      props: {
        kicker: t('charter.og.articleKicker', { number: article.number }),
        title: ft(article.title),
        text: ft(article.commitment),
        version: charter.version,
      },
    })),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const t = await useTranslations('fr');
  const address = new URL(url(CHARTER_ROUTE), site ?? 'https://localhost/');
  const footer = `${address.host}${address.pathname} · version ${props.version} · CC BY-SA 4.0`;
  const svg = await renderSvg(ogCardTree({ ...props, footer }, t('site.name')), OG_SIZE, props.title);
  return new Response(renderPng(svg, OG_SIZE.width), { headers: { 'Content-Type': 'image/png' } });
};
