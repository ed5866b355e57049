/**
 * Share links that load nothing: plain URLs of the sites' own share forms, opened only when
 * the reader follows them. Every value is encoded with `encodeURIComponent`, so spaces become
 * `%20` (never `+`, which mail clients show as is) and `&`, `#`, `?` cannot break the query.
 */

/** What a share link carries: the page address, a title and a sentence about it. */
export interface ShareContent {
  /** Absolute address of the page to share. */
  url: string;
  /** Title of the page (e-mail subject). */
  title: string;
  /** A short sentence introducing the page (X post, and e-mail body unless `body` is given). */
  text: string;
  /** Longer e-mail body; the address is appended to it. Defaults to `text`. */
  body?: string;
}

/** The three share links of a page, by network. */
export interface ShareLinks {
  linkedin: string;
  x: string;
  email: string;
}

/** Returns LinkedIn's share form for `url` (LinkedIn reads the title and image from the page). */
export function linkedInShareUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`;
}

/** Returns X's post form prefilled with `text` followed by `url`. */
export function xShareUrl(text: string, url: string): string {
  return `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${encodeURIComponent(url)}`;
}

/**
 * Returns a `mailto:` link with no recipient, the given subject and body.
 * Line breaks become CRLF, as RFC 6068 asks for in a body.
 */
export function emailShareUrl(subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** Returns the LinkedIn, X and e-mail links sharing `content`; the e-mail body ends with the address. */
export function shareLinks(content: ShareContent): ShareLinks {
  return {
    linkedin: linkedInShareUrl(content.url),
    x: xShareUrl(content.text, content.url),
    email: emailShareUrl(content.title, `${content.body ?? content.text}\n\n${content.url}`),
  };
}

/** What LinkedIn's « add to profile » form is prefilled with, for its licences and certifications section. */
export interface ProfileEntry {
  /** Name of the entry: the charter and its version (« Charte éthique du commercial, version 1.1 »). */
  name: string;
  /** Who publishes it, as plain text (no LinkedIn page is linked). */
  organization: string;
  /** Year and month (1 to 12) the holder adopted it. */
  year: number;
  month: number;
  /** Absolute address of the charter, shown as the entry's link. */
  url: string;
}

/**
 * Returns the address of LinkedIn's « add licence or certification » form prefilled with `entry`.
 * A plain link: nothing is sent until the reader follows it, and LinkedIn shows it as a
 * self-declared entry, not as a credential the publisher has verified.
 */
export function linkedInAddToProfileUrl(entry: ProfileEntry): string {
  if (!Number.isInteger(entry.month) || entry.month < 1 || entry.month > 12) throw new RangeError(`Mois invalide : ${entry.month}`);
  const params = {
    startTask: 'CERTIFICATION_NAME',
    name: entry.name,
    organizationName: entry.organization,
    issueYear: String(entry.year),
    issueMonth: String(entry.month),
    certUrl: entry.url,
  };
  return `https://www.linkedin.com/profile/add?${Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')}`;
}
