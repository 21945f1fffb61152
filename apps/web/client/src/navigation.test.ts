import { describe, expect, it } from 'vitest';

import { pageOfPath, pagesFor, type UserView } from './navigation';

const user = (roles: string[], agency: string | null): UserView => ({
  subject: 's',
  displayName: 'x',
  agency,
  roles,
  municipalities: [],
  counties: [],
});

describe('the role-aware menu', () => {
  it('gives each role its pages', () => {
    expect(pagesFor(user(['analyst'], 'IMDi'))).toEqual(['situation', 'requests', 'goals']);
    expect(pagesFor(user(['policy-author'], 'UDI'))).toEqual(['situation', 'rules', 'goals']);
    expect(pagesFor(user(['caseworker'], 'IMDi'))).toEqual(['situation', 'caseworker']);
    expect(pagesFor(user(['caseworker'], 'UDI'))).toEqual(['situation']);
    expect(pagesFor(user(['municipality-staff'], 'municipality'))).toEqual(['municipality']);
    expect(pagesFor(user(['county-staff'], 'county-authority'))).toEqual(['situation', 'county']);
    expect(pagesFor(user(['integrator'], 'IMDi'))).toEqual([]);
  });

  it('knows the page of a path', () => {
    expect(pageOfPath('/regler')).toBe('rules');
    expect(pageOfPath('/regler/reception-escalations')).toBe('rules');
    expect(pageOfPath('/nowhere')).toBeUndefined();
  });
});
