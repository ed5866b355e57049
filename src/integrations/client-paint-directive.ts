/**
 * `client:paint`: hydrates an island once the page's first frame is on screen: the animation
 * callback of the frame after it (the first frame's own callback runs before that frame is drawn).
 * The page's text is shown before the island's code is even requested, so the code never competes
 * with the first paint; the island then hydrates as with `client:load`, without waiting for the
 * browser to be idle.
 */
import type { ClientDirective } from 'astro';

// Inlined in every island page, whose HTML is at its byte budget: written short.
const paint: ClientDirective = (load) => {
  requestAnimationFrame(() => requestAnimationFrame(async () => (await load())()));
};

export default paint;
