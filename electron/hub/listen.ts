/**
 * Binds the hub's HTTP servers: one per chosen interface, all on the same port. If the wanted
 * port is taken on the first interface, the hub takes a free one instead (unless strict), so
 * "Open to participants" works even when another program holds the default port.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenOnHosts(servers: Server[], hosts: string[], port: number, strictPort: boolean): Promise<number> {
  const first = servers[0]!;
  let bound: number;
  try {
    bound = await listenOnce(first, hosts[0]!, port);
  } catch (error) {
    if (strictPort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    bound = await listenOnce(first, hosts[0]!, 0);
  }
  for (let i = 1; i < servers.length; i++) await listenOnce(servers[i]!, hosts[i]!, bound);
  return bound;
}

function listenOnce(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
