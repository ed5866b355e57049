/**
 * `client:paint`: hydrates an island once the page has painted its first frame (the frame's
 * animation callback, then the next task). The page's text is on screen before the island's code is
 * even requested, so the code never competes with the first paint; the island then hydrates as with
 * `client:load`, without waiting for the browser to be idle.
 */
import type { ClientDirective } from 'astro';

const paint: ClientDirective = (load) => {
  requestAnimationFrame(() =>
    setTimeout(async () => {
      const hydrate = await load();
      await hydrate();
    }),
  );
};

export default paint;
