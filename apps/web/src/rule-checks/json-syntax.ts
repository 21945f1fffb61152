/** Where a JSON.parse error points, as "line 3, column 14" when the message gives a position. */
export function jsonSyntaxProblem(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return `is not valid JSON: ${error.message}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  const reason = error.message.replace(/ in JSON at position \d+.*$/, '');
  return `is not valid JSON at line ${line}, column ${column}: ${reason}`;
}
