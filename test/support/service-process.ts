import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/** A service run as its own operating-system process from the build output, so a test can kill it. */
export class ServiceProcess {
  private child?: ChildProcess;
  readonly output: string[] = [];

  constructor(private readonly entry: string) {}

  start(env: NodeJS.ProcessEnv): void {
    this.child = spawn(process.execPath, [this.entry], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    }
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops the process with the given signal and waits until it has exited. */
  async stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }
}
