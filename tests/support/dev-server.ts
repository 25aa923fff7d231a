/**
 * `npm start` for a test: Docusaurus's development server on a copy of the site, on a free port of
 * 127.0.0.1, ready once it answers with the compiled application; stopped with all it started.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import path from 'node:path';
import {commandEnv, projectRoot} from './build-site';

export interface DevServer {
  origin: string;
  /** What the server printed, for a failure's message. */
  output(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

export async function startDevServer(siteDir: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 240_000): Promise<DevServer> {
  const port = await freePort();
  const docusaurus = path.join(projectRoot, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const child = spawn(process.execPath, [docusaurus, 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: siteDir,
    // Without Vitest's variables (NODE_ENV=test would pick no browserslist environment).
    env: commandEnv({...env, BROWSER: 'none'}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  // The server answers once the application is compiled (the first request waits for it).
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start s’est arrêté (code ${child.exitCode}) :\n${output}`);
    const ready = await fetch(`${origin}/`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return {origin, output: () => output, close};
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await close();
  throw new Error(`npm start n’a pas répondu en ${timeoutMs / 1000} s :\n${output}`);
}
