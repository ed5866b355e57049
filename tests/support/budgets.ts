/**
 * The byte budgets, stated in the README (« Performance ») and checked by tests/dist/budget.test.ts
 * (from the built files) and tests/e2e/assessment-budget.spec.ts (in the browser).
 */
export const KB = 1024;

/** HTML and CSS of a page, gzip: the first round trip of a new connection. */
export const HTML_CSS_BUDGET = 14 * KB;

/**
 * JavaScript of an interactive page, gzip, modules it imports included. An assessment page is the
 * largest: the island with its action plan (calendar file and image made in the page) and the
 * results' styles, all loaded with the page, since fetching them on demand would be a request after
 * load telling the server that someone reached their results.
 */
export const JS_BUDGET = 26 * KB;
