/**
 * `npm run serve:nginx -- <build-dir> <port>`: serves a build with Debian's nginx and the kit's own
 * configuration (deploy/nginx), on 127.0.0.1, in the foreground until Ctrl+C. The tests start it the
 * same way (startNginx). A build made with BASE_URL=/communs/ is served under /communs/.
 *
 * Only paths change from the kit: the build's folder, the port, and temporary files in a folder of
 * their own, so that it runs without root and beside another nginx.
 */
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import net from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import path from 'node:path';

const kitDir = path.resolve(__dirname, '..', '..', '..', 'deploy', 'nginx');
const nginxPaths = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[];
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface NginxServer {
  /** `http://127.0.0.1:port`, without the base path. */
  origin: string;
  /** The site's base path, from the build (`/` or `/communs/`). */
  basePath: string;
  close(): Promise<void>;
}

/** The base path the build was made for, read from the `_nginx-site.conf` it wrote. */
export function buildBasePath(buildDir: string): string {
  const file = path.join(buildDir, '_nginx-site.conf');
  if (!existsSync(file)) {
    throw new Error(`${file} manque : ce dossier n’est pas une construction du site (lancez npm run build).`);
  }
  const assets = /location \^~ (\S*\/)assets\/ \{/.exec(readFileSync(file, 'utf8'));
  if (!assets) throw new Error(`${file} : aucune location des assets, le fichier est-il complet ?`);
  return assets[1]!;
}

function findNginx(): string {
  const found = nginxPaths.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('nginx introuvable : installez le paquet Debian nginx (sudo apt-get install -y nginx) ou indiquez NGINX_PATH.');
  return found;
}

async function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Started as root (a CI container, a server), nginx's workers would run as `nobody`, who cannot read
 * a build under a private folder (a `mktemp -d` folder, a home folder of mode 700): every answer would
 * be a 404. They run as the invoking user instead, who can read what it asks to serve. Started by
 * another user, nginx cannot change users, and its workers are already that user.
 */
function workerUser(): string[] {
  if (process.getuid?.() !== 0) return [];
  const {username} = userInfo();
  const group = execFileSync('id', ['-gn'], {encoding: 'utf8'}).trim();
  return [`user ${username} ${group};`];
}

export async function startNginx(buildDir: string, requestedPort?: number): Promise<NginxServer> {
  const build = path.resolve(buildDir);
  const basePath = buildBasePath(build);
  const port = requestedPort ?? (await freePort());
  if (await portIsOpen(port)) throw new Error(`Le port ${port} est déjà pris sur 127.0.0.1 : choisissez-en un autre.`);
  const prefix = await mkdtemp(path.join(tmpdir(), 'communs-nginx-'));
  // Under a base path, the build is a folder of that name in the served root.
  let webRoot = build;
  if (basePath !== '/') {
    webRoot = path.join(prefix, 'www');
    const mount = path.join(webRoot, basePath);
    await mkdir(path.dirname(mount.replace(/\/$/, '')), {recursive: true});
    await symlink(build, mount.replace(/\/$/, ''), 'dir');
  }
  const site = readFileSync(path.join(kitDir, 'site.conf'), 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:8080;\n/m, '')
    .replace('root /usr/share/nginx/html;', `root ${webRoot};`)
    .replaceAll('include /usr/share/nginx/html/', `include ${build}/`);
  const brotli = existsSync(brotliModule);
  const main = readFileSync(path.join(kitDir, 'nginx.conf'), 'utf8')
    // Debian's module lines name their file relative to nginx's prefix, which is ours here.
    .replace(/^include \/etc\/nginx\/modules-enabled\/\*\.conf;$/m, brotli ? `load_module ${brotliModule};` : '')
    .replace(/^pid .*$/m, `pid ${prefix}/nginx.pid;`)
    .replace(/^worker_processes .*$/m, ['worker_processes 2;', ...workerUser()].join('\n'))
    .replace(
      /^http \{$/m,
      ['http {', ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${prefix}/${name};`)].join('\n'),
    )
    .replace(/^\s*include \/etc\/nginx\/communs-numeriques\/compression-brotli\*\.conf;$/m, brotli ? `    include ${kitDir}/compression-brotli.conf;` : '')
    .replace('include /etc/nginx/communs-numeriques/site.conf;', `include ${prefix}/site.conf;`);
  await writeFile(path.join(prefix, 'site.conf'), site);
  await writeFile(path.join(prefix, 'nginx.conf'), main);
  const child = spawn(findNginx(), ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  while (!(await portIsOpen(port))) {
    if (child.exitCode !== null || Date.now() - started > 10_000) {
      child.kill();
      throw new Error(`nginx n’a pas démarré sur le port ${port} :\n${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    basePath,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
      await rm(prefix, {recursive: true, force: true});
    },
  };
}

async function main(): Promise<void> {
  const [buildDir = 'build', port = '8080'] = process.argv.slice(2);
  const server = await startNginx(buildDir, Number(port));
  console.log(`Le site est servi par nginx sur ${server.origin}${server.basePath} (Ctrl+C pour arrêter).`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
