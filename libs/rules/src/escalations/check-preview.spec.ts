import { checkIsPreview } from './check-preview.js';

describe('checkIsPreview', () => {
  it('previews a day before the first day checks apply (today in production)', () => {
    expect(checkIsPreview('2000-01-01', '2026-11-26')).toBe(true);
    expect(checkIsPreview('2026-11-25', '2026-11-26')).toBe(true);
  });

  it('applies a check for that day or a later one', () => {
    expect(checkIsPreview('2026-11-26', '2026-11-26')).toBe(false);
    expect(checkIsPreview('2026-12-01', '2026-11-26')).toBe(false);
  });
});
