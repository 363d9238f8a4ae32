/**
 * Counts costly work per key (an identity, an address) over the last minute. The hub keeps one
 * for refusals that cost a rebuild of the replica (an update integrated, judged and then undone)
 * and one for the bytes of sync answers it must encode for one client alone. An honest app is
 * refused only in a race (a vote closing as a dot is placed) and asks for the room once per
 * connection, so a modest allowance is plenty; past it, the key waits until the minute has
 * passed. This bounds what one person, or one device however many identities it asks for, can
 * make the hub spend.
 */
export class MinuteBudget {
  private readonly recent = new Map<string, { at: number; amount: number }[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while this key must wait. */
  spent(key: string): boolean {
    return this.fresh(key).reduce((sum, { amount }) => sum + amount, 0) >= this.perMinute;
  }

  record(key: string, amount = 1): void {
    const list = this.fresh(key);
    list.push({ at: this.now(), amount });
    this.recent.set(key, list);
  }

  private fresh(key: string): { at: number; amount: number }[] {
    const since = this.now() - 60_000;
    const list = (this.recent.get(key) ?? []).filter(({ at }) => at > since);
    if (list.length === 0) this.recent.delete(key);
    return list;
  }
}
