/** A pause that ends after a time or as soon as someone calls wake(), whichever comes first. */
export class Wakeable {
  private pending?: () => void;

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.pending === done) this.pending = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending = done;
    });
  }

  wake(): void {
    this.pending?.();
  }
}
