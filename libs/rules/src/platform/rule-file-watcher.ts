import { type FSWatcher, readFileSync, watch } from 'node:fs';
import path from 'node:path';

import type { RuleSetRegistration } from './rule-set-registry.js';

/**
 * Watches the rule files policy staff edit and hands the new text of a changed file on, once the editor has
 * finished writing it (changes within 300 ms count as one).
 */
export class RuleFileWatcher {
  private readonly watchers: FSWatcher[] = [];
  private readonly debounce = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly onChanged: (registration: RuleSetRegistration, text: string) => Promise<void>,
  ) {}

  watch(registration: RuleSetRegistration): void {
    const file = path.resolve(registration.file);
    const watcher = watch(path.dirname(file), (_event, changed) => {
      if (changed !== path.basename(file)) return;
      clearTimeout(this.debounce.get(file));
      this.debounce.set(
        file,
        setTimeout(() => void this.changed(registration), 300),
      );
    });
    this.watchers.push(watcher);
  }

  close(): void {
    for (const watcher of this.watchers) watcher.close();
    for (const timer of this.debounce.values()) clearTimeout(timer);
  }

  private async changed(registration: RuleSetRegistration): Promise<void> {
    let text: string;
    try {
      text = readFileSync(registration.file, 'utf8');
    } catch {
      return; // being replaced; the next change event brings the new file
    }
    await this.onChanged(registration, text);
  }
}

/** How a rule file is named as the origin of a version: its path from the working directory. */
export function fileOrigin(registration: RuleSetRegistration): string {
  return `file:${path.relative(process.cwd(), path.resolve(registration.file))}`;
}
