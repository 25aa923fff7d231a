/**
 * Serves a production build on 127.0.0.1, on a free port, the way `docusaurus serve` does (clean
 * URLs: `/definition` serves `definition.html`), plus the build's `_redirects` (301), as GitLab
 * Pages answers them. A missing address of a translated edition (`/en/…`) gets that edition's 404
 * page (build/en/404.html), as the nginx kit serves it. Tests start it and close it themselves.
 */
import {existsSync, readFileSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import serveHandler from 'serve-handler';

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** `_redirects` lines (`/from /to 301`) in serve-handler's form. */
function redirectsOf(buildDir: string): {source: string; destination: string; type: number}[] {
  const file = path.join(buildDir, '_redirects');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 2 && fields[0]!.startsWith('/'))
    .map(([source, destination, status]) => ({source: source!, destination: destination!, type: Number(status ?? 301)}));
}

/** The 404 page of the edition folder (build/en/) an address is in, when that address has no file. */
function edition404(buildDir: string, url: string | undefined, redirects: {source: string}[]): string | undefined {
  const pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  const edition = /^\/([a-z]{2})(?:\/|$)/.exec(pathname)?.[1];
  if (!edition || !existsSync(path.join(buildDir, edition, '404.html'))) return undefined;
  if (redirects.some(({source}) => source === pathname)) return undefined;
  const file = path.join(buildDir, pathname);
  const found = [file, `${file}.html`, path.join(file, 'index.html')].some((candidate) => existsSync(candidate) && !candidate.endsWith(path.sep));
  return found ? undefined : path.join(buildDir, edition, '404.html');
}

export async function serveBuild(buildDir: string): Promise<StaticServer> {
  const redirects = redirectsOf(buildDir);
  const server = http.createServer((request, response) => {
    const notFound = edition404(buildDir, request.url, redirects);
    if (notFound) {
      response.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
      response.end(readFileSync(notFound));
      return;
    }
    void serveHandler(request, response, {
      public: buildDir,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
      redirects,
    });
  });
  // Browsers and Playwright keep connections open between pages: the server keeps them longer than
  // Node's 5 s, so that a request never meets a connection closing under it.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
