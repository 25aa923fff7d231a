/**
 * Images « of other sites », served on the loopback for the GitBook import (tests and bench): the
 * addresses `serves` accepts answer with a PNG, the others 404, as a dead link on the web would.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';

/** A 1 × 1 PNG. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export interface ImageServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveImages(serves: (url: string) => boolean, png: Buffer = tinyPng): Promise<ImageServer> {
  const server = http.createServer((request, response) => {
    const found = serves(request.url ?? '');
    response.writeHead(found ? 200 : 404, found ? {'content-type': 'image/png'} : {});
    response.end(found ? png : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}
