/**
 * Result links: the one reader and writer of what carries a result code, for every caller
 * (assessment page, comparison field, team page, code decoder). Pure, no DOM.
 *
 * A result link is any address whose fragment holds `r=CODE` and optionally `p=PLAN`
 * (`/diagnostic/engagement/#r=E1CK4S69JB&p=1.20270301.b210`). What a reader pastes may be
 * a whole link, a bare fragment (`#r=…`), a query (`?r=…`, from older links) or the code alone.
 * The plan is returned as written (its own codec, `plan-code.ts`, reads it); the code is
 * normalised as Crockford Base32 reads it: any case, separators ignored, I/L as 1 and O as 0.
 */

/** What a link, fragment or pasted cell carries: the normalised code and the raw plan, each null when absent. */
export interface ResultLink {
  code: string | null;
  plan: string | null;
}

/** Returns `raw` upper-cased, without spaces and hyphens, with I/L read as 1 and O as 0 (Crockford's rule). */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\s\-‐‑–—]/g, '')
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Returns `text` percent-decoded, or as it is when its escapes are broken. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Returns the code and plan carried by `input`. Parameters are read from the fragment (after
 * `#`), else from the query; input without `#`, `?` or `r=` is a bare code. A fragment without
 * `r` (an anchor such as `#contenu`) carries no code, and a plan without a code is no plan.
 * Never throws.
 */
export function parseResultLink(input: string): ResultLink {
  const text = typeof input === 'string' ? input.trim() : '';
  const hash = text.indexOf('#');
  const query = text.indexOf('?');
  const params = hash >= 0 ? text.slice(hash + 1) : query >= 0 ? text.slice(query + 1) : /^r=/i.test(text) ? text : null;
  if (params === null) {
    const code = normalizeCode(text);
    return { code: code === '' ? null : code, plan: null };
  }
  let code: string | null = null;
  let plan: string | null = null;
  for (const pair of params.split('&')) {
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    if (/^r$/i.test(key) && code === null) code = normalizeCode(decode(value));
    else if (key === 'p' && plan === null) plan = value;
  }
  return code ? { code, plan: plan || null } : { code: null, plan: null };
}

/** Returns the code in `input` as the decoder reads it: the link's code, or else the whole input normalised. */
export function codeOf(input: string): string {
  return parseResultLink(input).code ?? normalizeCode(typeof input === 'string' ? input : '');
}

/** Returns the fragment that reopens results `code` and, when given, plan `plan` (already encoded). */
export function formatResultLink(code: string, plan?: string | null): string {
  return plan ? `#r=${code}&p=${plan}` : `#r=${code}`;
}
