/**
 * Runs a refresh one at a time. A refresh already under way may have read its source before the newest change
 * committed, so one more runs after it; callers arriving meanwhile share that one.
 */
export class SerialRefresh {
  private running?: Promise<void>;
  private queued?: Promise<void>;

  constructor(private readonly refreshNow: () => Promise<void>) {}

  run(): Promise<void> {
    if (this.queued) return this.queued;
    const queued: Promise<void> = (this.running ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.refreshNow();
      });
    this.queued = queued;
    this.running = queued;
    void queued
      .catch(() => undefined)
      .finally(() => {
        if (this.running === queued) this.running = undefined;
      });
    return queued;
  }

  /** Resolves once no refresh is running. */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
