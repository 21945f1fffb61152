import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

import { waitUntil } from './wait-until.js';

/**
 * The pid in the file when that process is still alive and, where /proc tells, still runs a command holding
 * `commandMarker` (a pid file outliving a reboot may name someone else's process by now).
 */
export function runningPid(pidFile: string, commandMarker: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const commandLine = `/proc/${pid}/cmdline`;
  if (existsSync(commandLine) && !readFileSync(commandLine, 'utf8').includes(commandMarker)) return undefined;
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a process started detached (so the leader of its own process group) and everything it started, and
 * removes its pid file. False when it was not running.
 */
export async function stopProcessGroup(
  pidFile: string,
  commandMarker: string,
  description: string,
): Promise<boolean> {
  const pid = runningPid(pidFile, commandMarker);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(-pid, 'SIGTERM');
  await waitUntil(`${description} to stop`, () => Promise.resolve(!isAlive(pid)), { timeoutMs: 60000 });
  rmSync(pidFile, { force: true });
  return true;
}

/** Resident memory of every process in a process group, in MB (Linux; undefined elsewhere). */
export function residentMemoryOfGroupMb(groupId: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  let kilobytes = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid pgrp ...
      const groupOfProcess = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (groupOfProcess !== groupId) continue;
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (match) kilobytes += Number(match[1]);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kilobytes / 1024);
}
