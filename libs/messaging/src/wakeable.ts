/** A pause that ends after a time or as soon as someone calls wake(), whichever comes first. */
export class Wakeable {
  private readonly pending = new Set<() => void>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.pending.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending.add(done);
    });
  }

  /** Ends every pause under way (several partitions may be waiting at once). */
  wake(): void {
    for (const done of [...this.pending]) done();
  }
}
