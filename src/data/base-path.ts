/** The deployment base path (`BASE`, `import.meta.env.BASE_URL`): adding it to a route, removing it from an address. */
import { withBase } from '../lib/navigation';

/** Returns a site-relative route prefixed with the configured base path (`import.meta.env.BASE_URL`). */
export function url(route: string): string {
  return withBase(route, import.meta.env.BASE_URL);
}

/** Returns a site-relative path with the base removed, for matching routes. */
export function stripBase(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
