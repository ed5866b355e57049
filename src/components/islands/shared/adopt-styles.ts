/**
 * Adds `css` to the page as a constructed stylesheet: styles an island brings with its code rather
 * than in the page's HTML, allowed by the page's CSP (no `<style>` element is written). Returns the
 * function that removes it. Does nothing where constructed stylesheets are unknown (server render).
 */
export function adoptStyles(css: string): () => void {
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return () => {};
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
