// A minimal static server for the built site, used by the end-to-end tests and `npm run bench`.
// Serves DIST (default dist/) under BASE (default /), answers 404 with dist/404.html,
// and sends the security headers of public/_headers when that file exists.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST ?? 'dist');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.PORT ?? 4321);

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

/** Global headers from public/_headers (the `/*` block only: enough for local tests). */
function globalHeaders() {
  const file = resolve('public/_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ') && !line.startsWith('\t')) inGlobal = line.trim() === '/*';
    else if (inGlobal && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

const extra = globalHeaders();

async function resolveFile(pathname) {
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

createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolveFile(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const body = await readFile(path).catch(() => Buffer.from('Not found'));
  res.writeHead(status, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...extra });
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
