import { describe, expect, it } from 'vitest';
import { describeStatus, reconnectingGraceMs } from '../../../renderer/src/sync/connectionStatus';

describe('the connection status people see', () => {
  const lost = 1_000_000;

  it('says connected', () => {
    expect(describeStatus(true, undefined, true, lost)).toEqual({ state: 'connected' });
  });

  it('says reconnecting right after a drop, and offline since the drop once the grace period is over', () => {
    expect(describeStatus(false, lost, true, lost + 1000)).toEqual({ state: 'reconnecting', since: lost });
    expect(describeStatus(false, lost, true, lost + reconnectingGraceMs)).toEqual({ state: 'offline', since: lost });
  });

  it('says offline at once when the device reports no network', () => {
    expect(describeStatus(false, lost, false, lost + 10)).toEqual({ state: 'offline', since: lost });
  });

  it('says connecting before the first connection has been tried', () => {
    expect(describeStatus(false, undefined, true, lost)).toEqual({ state: 'connecting' });
  });
});
