import { SessionStore } from './session-store.js';

describe('the server-side session store', () => {
  let now = 0;
  const store = new SessionStore(60000, () => now);
  afterAll(() => store.close());

  it('finds a session by its id until it has been idle too long', () => {
    now = 1000;
    const session = store.create();
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    now += 59000;
    expect(store.get(session.id)).toBe(session);
    now += 59000;
    expect(store.get(session.id)?.id).toBe(session.id);
    now += 61000;
    expect(store.get(session.id)).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });

  it('gives a signed-in session a new id and forgets the old one (no fixation)', () => {
    const session = store.create();
    session.user = {
      subject: 's',
      displayName: 'A',
      agency: 'IMDi',
      roles: ['analyst'],
      municipalities: [],
      counties: [],
    };
    const renewed = store.renew(session);
    expect(renewed.id).not.toBe(session.id);
    expect(store.get(session.id)).toBeUndefined();
    expect(store.get(renewed.id)?.user?.displayName).toBe('A');
    store.delete(renewed.id);
    expect(store.get(renewed.id)).toBeUndefined();
  });
});
