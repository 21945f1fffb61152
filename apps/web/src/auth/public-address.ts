/** The workbench's address as browsers reach it: configured, or known once the server listens. */
export class PublicAddress {
  private value?: string;

  constructor(configured?: string) {
    this.value = configured;
  }

  /** Sets the address from the port listened on, unless one was configured. */
  listening(port: number): void {
    this.value ??= `http://127.0.0.1:${port}`;
  }

  get url(): string {
    if (!this.value) throw new Error('The workbench does not listen yet');
    return this.value;
  }

  get secure(): boolean {
    return this.url.startsWith('https:');
  }

  get callbackUrl(): string {
    return `${this.url}/auth/callback`;
  }
}
