/**
 * Counts the refusals that cost the hub a rebuild of the replica (an update integrated, judged
 * and then undone), per identity. An honest app is refused only in a race (a vote closing as a
 * dot is placed), so a few a minute is plenty; past that, the identity's updates are refused
 * before they are applied, until the minute has passed. This bounds what one person can make
 * the hub spend, whatever they send.
 */
export class RefusalBudget {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while this identity must wait before another update of theirs is applied. */
  coolingDown(identity: string): boolean {
    return this.fresh(identity).length >= this.perMinute;
  }

  record(identity: string): void {
    const list = this.fresh(identity);
    list.push(this.now());
    this.recent.set(identity, list);
  }

  private fresh(identity: string): number[] {
    const since = this.now() - 60_000;
    const list = (this.recent.get(identity) ?? []).filter((at) => at > since);
    if (list.length === 0) this.recent.delete(identity);
    return list;
  }
}
