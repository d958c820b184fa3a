// The built diwan-server bin (or any Node script) as its own OS process, as an operator runs it: the CLI's and
// the live tests, the server bench (and its bare Hono route), the live fan-out bench and the soak
// (scripts/bench/soak.mjs) all start, stop and kill processes through these.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SERVER_BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs one CLI command to the end (a guard against a hang, not a speed check). */
export function runCli(env, ...args) {
  return spawnSync(process.execPath, [SERVER_BIN, ...args], { env, encoding: 'utf8', timeout: 600_000 });
}

/** `token create`: the new token (the last line the command prints); throws with its stderr when it fails. */
export function createTokenAtCli(env, name, role) {
  const result = runCli(env, 'token', 'create', '--name', name, '--role', role);
  if (result.status !== 0) throw new Error(`diwan-server token create failed: ${result.stderr}`);
  return result.stdout.trimEnd().split('\n').at(-1);
}

/**
 * A Node script as its own OS process (`args`: the script and its arguments), ready once its stdout matches
 * `ready`. stdout is piped: read until it is ready, then drained and dropped (request logs are still written,
 * as in production, but never left to block the pipe); stderr's tail names what went wrong if it exits first.
 * Resolves to { match (of `ready`), pid, child, stop() → { code, signal } after SIGTERM, kill() → the same
 * after SIGKILL }.
 */
export async function startNodeProcess(args, { env = process.env, ready }) {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = `${stderr}${chunk}`.slice(-4000);
  });
  const match = await new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const found = ready.exec(out);
      if (found) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`${args.join(' ')} exited (${code ?? signal}) before it was ready: ${stderr}`)));
  });
  const end = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { match, pid: child.pid, child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/**
 * `diwan-server start` on loopback (port 0 unless `args` names one). Resolves once the server prints its
 * URL: { url, pid, child, stop() → { code, signal } after SIGTERM, kill() → the same after SIGKILL }.
 */
export async function startServerProcess(env, args = []) {
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const { match, ...server } = await startNodeProcess([SERVER_BIN, 'start', ...port, '--host', '127.0.0.1', ...args], {
    env, ready: /Diwan server: (http:\/\/\S+?)[\s/]/,
  });
  return { url: match[1], ...server };
}
