import { Wakeable } from './wakeable.js';

describe('Wakeable', () => {
  it('ends every pause under way when woken, long before their time', async () => {
    const wakeable = new Wakeable();
    const ended: number[] = [];
    const pauses = [1, 2, 3].map((n) => wakeable.wait(60000).then(() => ended.push(n)));
    wakeable.wake();
    await Promise.all(pauses);
    expect(ended.sort()).toEqual([1, 2, 3]);
  });

  it('ends a pause after its time when nobody wakes it', async () => {
    const wakeable = new Wakeable();
    await expect(wakeable.wait(1)).resolves.toBeUndefined();
  });
});
