import { networkInterfaces } from 'node:os';
import { selectJoinAddresses, type JoinAddress } from './net/joinAddresses';

/**
 * This machine's addresses that phones can use to reach a hub listening on `listenHosts` (all
 * interfaces by default), best first; never loopback (see net/joinAddresses.ts). The links built
 * on them come from shared/joinLink.ts.
 */
export function lanAddresses(listenHosts: readonly string[] = [], advertised: readonly string[] = []): JoinAddress[] {
  return selectJoinAddresses(networkInterfaces(), listenHosts, advertised);
}
