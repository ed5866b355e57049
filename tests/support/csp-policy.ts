/** Reading a Content-Security-Policy string, for the static check of built pages and the header check in the browser suite. */

/** Directives of a policy string, by name. */
export function directives(policy: string): Map<string, string[]> {
  const parsed = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  return new Map(parsed.map(([name, ...values]) => [name!.toLowerCase(), values]));
}
