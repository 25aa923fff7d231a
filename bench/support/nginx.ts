/**
 * A build served by Debian's nginx on 127.0.0.1, compressed (gzip level 6, nginx's usual setting)
 * with clean URLs and the 404 page, for measures that depend on transfer (Lighthouse). Started and
 * stopped by the bench scripts; its files live in a temporary folder.
 */
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';

export interface NginxServer {
  origin: string;
  close(): Promise<void>;
}

const nginxPaths = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[];

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

async function waitForPort(port: number, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() - started > timeoutMs) throw new Error(`nginx n’écoute pas sur le port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function serveWithNginx(buildDir: string): Promise<NginxServer> {
  const nginx = nginxPaths.find((candidate) => existsSync(candidate));
  if (!nginx) throw new Error('nginx introuvable : installez le paquet Debian nginx (apt-get install nginx) ou indiquez NGINX_PATH.');
  const prefix = await mkdtemp(path.join(tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  const config = `
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/atom+xml atom; }
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml application/atom+xml application/xml;
  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(buildDir)};
    location / { try_files $uri $uri.html $uri/index.html =404; }
    location /assets/ { add_header Cache-Control "public, max-age=31536000, immutable"; }
    error_page 404 /404.html;
  }
}
`;
  await writeFile(path.join(prefix, 'nginx.conf'), config);
  const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off; master_process off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  try {
    await waitForPort(port);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${errors}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(prefix, {recursive: true, force: true});
    },
  };
}
