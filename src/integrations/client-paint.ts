/**
 * Adds the `client:paint` hydration directive (client-paint-directive.ts) that island pages use:
 * their code is fetched after the first paint instead of during it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate once the page has painted its first frame. */
    'client:paint'?: boolean;
  }
}

export function clientPaint(): AstroIntegration {
  return {
    name: 'client-paint',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'paint', entrypoint: fileURLToPath(new URL('./client-paint-directive.ts', import.meta.url)) });
      },
    },
  };
}
