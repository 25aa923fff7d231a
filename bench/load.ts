/**
 * A bounded load run on the nginx kit (src/features/nginx-kit/serve.ts) serving a build: autocannon, 50
 * connections for 20 s on 127.0.0.1, cycling through every page of both editions and the shared
 * script, compressed as browsers ask (gzip). Fails when one answer is an error or not a 2xx.
 *
 * Usage: npx tsx bench/load.ts [build-dir] [seconds] [connections]   (default: build 20 50)
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import {startNginx} from '../src/features/nginx-kit/serve';
import {siteRoutes} from '../tests/support/built-site';

async function main(): Promise<void> {
  const [buildDir = 'build', seconds = '20', connections = '50'] = process.argv.slice(2);
  const root = path.resolve(buildDir);
  const server = await startNginx(root);
  try {
    const mainScript = readdirSync(path.join(root, 'assets', 'js')).find((name) => name.startsWith('main.'));
    const paths = [...siteRoutes(root), `/assets/js/${mainScript}`];
    const result = await autocannon({
      url: server.origin,
      connections: Number(connections),
      duration: Number(seconds),
      headers: {'accept-encoding': 'gzip'},
      requests: paths.map((pathname) => ({method: 'GET', path: pathname})),
    });
    const failures = result.errors + result.timeouts + result.non2xx;
    console.log(
      `${paths.length} adresses, ${connections} connexions, ${seconds} s ; charge de la machine à la fin : ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
    );
    console.log('| requêtes | par seconde (moyenne) | débit (moyenne) | latence p50 | p99 | max. | erreurs, délais, non-2xx |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| ${result.requests.total} | ${Math.round(result.requests.average)} | ${(result.throughput.average / 2 ** 20).toFixed(1)} Mio/s | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${result.errors}, ${result.timeouts}, ${result.non2xx} |`,
    );
    if (failures > 0) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
