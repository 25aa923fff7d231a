/**
 * Serves a production build on 127.0.0.1, on a free port, the way `docusaurus serve` does (clean
 * URLs: `/definition` serves `definition.html`). Tests start it and close it themselves.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import serveHandler from 'serve-handler';

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

export async function serveBuild(buildDir: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    void serveHandler(request, response, {
      public: buildDir,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
    });
  });
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
