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
  it('gives each role the pages whose figures the services let it read', () => {
    expect(pagesFor(user(['analyst'], 'IMDi'))).toEqual(['situation', 'goals']);
    expect(pagesFor(user(['policy-author'], 'IMDi'))).toEqual(['situation', 'requests', 'rules', 'goals']);
    expect(pagesFor(user(['policy-author'], 'UDI'))).toEqual(['situation', 'rules']);
    expect(pagesFor(user(['caseworker'], 'IMDi'))).toEqual(['situation', 'caseworker']);
    expect(pagesFor(user(['caseworker'], 'UDI'))).toEqual(['situation']);
    expect(pagesFor(user(['municipality-staff'], 'municipality'))).toEqual(['municipality']);
    expect(pagesFor(user(['county-staff'], 'county-authority'))).toEqual(['county']);
    expect(pagesFor(user(['integrator'], 'IMDi'))).toEqual([]);
    expect(pagesFor(user(['operator'], 'IMDi'))).toEqual([]);
  });

  it('knows the page of a path', () => {
    expect(pageOfPath('/regler')).toBe('rules');
    expect(pageOfPath('/regler/reception-escalations')).toBe('rules');
    expect(pageOfPath('/nowhere')).toBeUndefined();
  });
});
