/** Processes for the bench: a command run to completion, and the tests' static server, in this process. */
import { spawnSync } from 'node:child_process';
import { startServer } from '../../tests/support/serve.mjs';

/** Runs a command, inheriting the output; throws if it fails. Returns its duration in milliseconds. */
export function run(command, args, env = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} a échoué (code ${result.status})`);
  return performance.now() - start;
}

/** Serves `dist` at the root of 127.0.0.1:`port` with tests/support/serve.mjs (same headers, gzip, 404). */
export async function serve(dist, port) {
  const server = await startServer({ root: dist, port });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
