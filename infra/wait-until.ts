/**
 * Polls a condition until it holds or the deadline passes. A condition that throws counts as not holding yet
 * (a service may still be starting), but the timeout error names what was awaited and the last error seen, so
 * a mistake in the condition itself does not pass for a slow system.
 */
export async function waitUntil(
  description: string,
  condition: () => Promise<boolean>,
  { timeoutMs, intervalMs = 250 }: { timeoutMs: number; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: { error: unknown; onLastAttempt: boolean } | undefined;
  for (;;) {
    try {
      if (await condition()) return;
      if (lastError) lastError.onLastAttempt = false;
    } catch (error) {
      lastError = { error, onLastAttempt: true };
    }
    if (Date.now() > deadline) {
      const cause = lastError?.error;
      const detail = lastError
        ? ` (${lastError.onLastAttempt ? 'the last attempt' : 'an earlier attempt'} failed: ${describe(cause)})`
        : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${detail}`, { cause });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
