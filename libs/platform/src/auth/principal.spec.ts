import { ForbiddenException } from '@nestjs/common';

import { Principal } from './principal.js';

const staff = new Principal({
  subject: 's-1',
  issuer: 'https://idp.example',
  displayName: 'Municipality staff Oslo',
  kind: 'person',
  agency: 'municipality',
  roles: ['municipality-staff'],
  municipalities: ['0301'],
  counties: [],
  scopes: [],
});
const county = new Principal({
  ...staff,
  agency: 'county-authority',
  roles: ['county-staff'],
  municipalities: [],
  counties: ['46'],
});

describe('Principal', () => {
  it('answers what it may act for', () => {
    expect(staff.mayActForMunicipality('0301')).toBe(true);
    expect(staff.mayActForMunicipality('4601')).toBe(false);
    expect(county.mayActForCounty('46')).toBe(true);
    expect(county.mayActForCountyOf('4601')).toBe(true);
    expect(county.mayActForCountyOf('0301')).toBe(false);
    expect(county.mayActForMunicipality('4601')).toBe(false);
    expect(staff.isOfAgency('municipality')).toBe(true);
    expect(staff.isOfAgency('IMDi', 'UDI')).toBe(false);
    expect(staff.hasRole('caseworker', 'municipality-staff')).toBe(true);
  });

  it('refuses with 403 what it may not', () => {
    expect(() => staff.requireMunicipality('4601')).toThrow(ForbiddenException);
    expect(() => staff.requireMunicipality('0301')).not.toThrow();
    expect(() => county.requireCounty('03')).toThrow('You may not act for county 03');
    expect(() => staff.requireAgency('IMDi')).toThrow('Only IMDi may do this');
  });

  it('is immutable and names the actor without its roles', () => {
    expect(Object.isFrozen(staff)).toBe(true);
    expect(Object.isFrozen(staff.roles)).toBe(true);
    expect(staff.actor).toEqual({
      subject: 's-1',
      issuer: 'https://idp.example',
      displayName: 'Municipality staff Oslo',
    });
  });
});
