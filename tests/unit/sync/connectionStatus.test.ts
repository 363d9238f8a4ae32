import { describe, expect, it } from 'vitest';
import { describeStatus, reconnectingGraceMs } from '../../../renderer/src/sync/connectionStatus';

describe('the connection status people see', () => {
  const lost = 1_000_000;

  it('says connected, with the number of direct peers', () => {
    expect(describeStatus(true, undefined, true, lost, 2)).toEqual({ state: 'connected', peers: 2 });
  });

  it('says reconnecting right after a drop, and offline since the drop once the grace period is over', () => {
    expect(describeStatus(false, lost, true, lost + 1000, 0)).toEqual({ state: 'reconnecting', since: lost, peers: 0 });
    expect(describeStatus(false, lost, true, lost + reconnectingGraceMs, 0)).toEqual({ state: 'offline', since: lost, peers: 0 });
  });

  it('says offline at once when the device reports no network', () => {
    expect(describeStatus(false, lost, false, lost + 10, 0)).toEqual({ state: 'offline', since: lost, peers: 0 });
  });

  it('says connecting before the first connection has been tried', () => {
    expect(describeStatus(false, undefined, true, lost, 0)).toEqual({ state: 'connecting', peers: 0 });
  });
});
