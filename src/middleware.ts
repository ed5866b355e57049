/**
 * Sets the page context (`src/data/context.ts`) on `Astro.locals` once per page, at build time for
 * this static site, so no page or component has to work out its language, translator or links.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './data/context';

export const onRequest = defineMiddleware(async (context, next) => {
  Object.assign(context.locals, await pageContext(context.currentLocale, context.url.pathname));
  return next();
});
