/**
 * A sliding one-minute window of anonymous submissions per client address and link, in this replica's memory
 * (several replicas each allow the limit; a shared limiter would need the database or a proxy).
 */
export class SubmissionRate {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; false when the key already used its minute's allowance. */
  allow(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.every((at) => now - at >= 60_000)) this.hits.delete(k);
    return true;
  }
}
