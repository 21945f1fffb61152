import { safeReturnPath } from './web-auth.js';

describe('where a sign-in returns to', () => {
  it.each([
    ['/regler', '/regler'],
    ['/situasjon?year=2026', '/situasjon?year=2026'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    [undefined, '/'],
  ])('%s → %s (paths of this site only)', (given, expected) => {
    expect(safeReturnPath(given)).toBe(expected);
  });
});
