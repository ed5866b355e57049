// A minimal static server for the built site, used by the end-to-end tests and `npm run bench`.
// Serves DIST (default dist/) under BASE (default /), gzipped when the client accepts it, answers 404 with dist/404.html,
// and sends the headers of public/_headers (every matching block) when that file exists.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';


const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Header rules from public/_headers, in the Netlify / Cloudflare Pages format: a path pattern
 * (`*` matches anything, `:name` one segment) on its own line, then indented `Name: value` lines.
 */
function headerRules() {
  const file = resolve('public/_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ') && !line.startsWith('\t')) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length > 0 && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

const rules = headerRules();

/** Headers of every rule matching `pathname` (base removed); a header set twice is joined, as the hosts do. */
function headersFor(pathname, base) {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const headers = {};
  for (const rule of rules.filter((r) => r.test.test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

async function resolveFile(root, base, pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const candidate = normalize(join(root, relative));
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      return existsSync(index) && pathname.endsWith('/') ? index : undefined;
    }
    return candidate;
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` under `base` on 127.0.0.1:`port`; resolves once listening.
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ root, base = '/', port }) {
  const dir = resolve(root);
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(dir, prefix, pathname).catch(() => undefined);
    const status = file ? 200 : 404;
    const path = file ?? join(dir, '404.html');
    const raw = await readFile(path).catch(() => Buffer.from('Not found'));
    const type = types[extname(path)] ?? 'application/octet-stream';
    // Compress text as any CDN does, so that Lighthouse and the bench see realistic transfers.
    const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipSync(raw) : raw;
    res.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...headersFor(pathname, prefix) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.env.DIST ?? 'dist';
  const base = process.env.BASE ?? '/';
  const port = Number(process.env.PORT ?? 4321);
  await startServer({ root, base, port });
  console.log(`Serving ${resolve(root)} at http://127.0.0.1:${port}${base}`);
}
