// The built diwan-server bin as its own OS process, as an operator runs it: the CLI's tests, the live
// fan-out bench and the soak (scripts/bench/soak.mjs) all start, stop and kill it through these.
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
 * `diwan-server start` on loopback (port 0 unless `args` names one). Resolves once the server prints its
 * URL: { url, pid, child, stop() → { code, signal } after SIGTERM, kill() → the same after SIGKILL }.
 */
export async function startServerProcess(env, args = []) {
  const port = args.includes('--port') ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [SERVER_BIN, 'start', ...port, '--host', '127.0.0.1', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = `${stderr}${chunk}`.slice(-4000);
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = /Diwan server: (http:\/\/\S+?)[\s/]/.exec(out);
      if (match) {
        child.stdout.off('data', onData);
        child.stdout.resume(); // later request logs are read and dropped, never left to block the pipe
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`diwan-server start exited (${code ?? signal}) before listening: ${stderr}`)));
  });
  const end = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { url, pid: child.pid, child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
