import { describe, expect, it } from 'vitest';
import { PeerBudget } from '../../../electron/hub/sync/peerBudget';

describe('a per-minute allowance per identity and per address', () => {
  const clock = { now: 0 };
  const participant = (id: string, address: string | undefined) => ({ writer: { role: 'participant' as const, id }, address });

  it('runs dry for an identity, for an address over all its identities, and fills again after a minute', () => {
    clock.now = 0;
    const budget = new PeerBudget(3, 5, () => clock.now);
    const first = participant('p-1', '10.0.0.7');
    for (let i = 0; i < 3; i++) budget.record(first);
    expect(budget.spent(first)).toBe(true);
    // A new identity on the same device has two left on the address.
    const second = participant('p-2', '10.0.0.7');
    expect(budget.spent(second)).toBe(false);
    budget.record(second);
    budget.record(second);
    expect(budget.spent(second)).toBe(true);
    // Another device is not affected.
    expect(budget.spent(participant('p-3', '10.0.0.8'))).toBe(false);
    clock.now = 60_001;
    expect(budget.spent(first)).toBe(false);
    expect(budget.spent(second)).toBe(false);
  });

  it('weighs what is recorded, and leaves trusted addresses and facilitators out', () => {
    clock.now = 0;
    const budget = new PeerBudget(100, 150, () => clock.now);
    const trusted = participant('p-1', undefined);
    budget.record(trusted, 99);
    expect(budget.spent(trusted)).toBe(false);
    budget.record(trusted, 1);
    expect(budget.spent(trusted)).toBe(true);
    const facilitator = { writer: { role: 'facilitator' as const, id: 'facilitator' }, address: '10.0.0.9' };
    budget.record(facilitator, 1_000);
    expect(budget.spent(facilitator)).toBe(false);
    expect(budget.spent(participant('p-2', '10.0.0.9'))).toBe(false);
  });
});
