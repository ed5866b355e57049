/// <reference types="astro/client" />

declare namespace App {
  type PageContext = import('./data/context').PageContext;
  /** Set by `src/middleware.ts` for every page. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: Astro's Locals takes the page context's members.
  interface Locals extends PageContext {}
}
