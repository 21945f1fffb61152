/** Reads a value inside an object or array fact. */
export type PathReader = (value: object) => unknown;

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/y;

/**
 * A JSONPath made of `$` and then `.name` or `[index]` steps, as a function that answers what json-rules-engine's
 * path resolver (JSONPath-plus, unwrapped) answers: each step follows an own property of a truthy value, and a
 * step that finds none gives undefined. Answers undefined for any other path (wildcards, filters, slices…), which
 * the compiler leaves to the engine.
 */
export function compilePath(path: string): PathReader | undefined {
  if (!path.startsWith('$')) return undefined;
  const keys: string[] = [];
  for (let index = 1; index < path.length; index = SEGMENT.lastIndex) {
    SEGMENT.lastIndex = index;
    const step = SEGMENT.exec(path);
    if (!step) return undefined;
    keys.push(step[1] ?? step[2]);
  }
  if (keys.length === 0) return (value) => value;
  return (value) => {
    let current: unknown = value;
    for (const key of keys) {
      if (!current || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}
