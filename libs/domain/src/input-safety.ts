/** The deepest nesting accepted in a request body or event; deeper input is refused before anything recurses. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Looks through parsed input for what no field of this system accepts and PostgreSQL or a recursive
 * validator would fail on: NUL characters in strings or keys, and nesting deeper than `maxDepth`. Walks
 * without recursion, so a hostile depth cannot overflow the stack. Answers the first problem, naming the field.
 */
export function findUnsafeInput(
  input: unknown,
  rootName: string,
  maxDepth = MAX_INPUT_DEPTH,
): string | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: rootName, depth: 0 },
  ];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return `${path} must not contain NUL characters`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return `${path} nests deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path} has a field name with a NUL character`;
      pending.push({
        value: child,
        path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
        depth: depth + 1,
      });
    }
  }
  return undefined;
}
