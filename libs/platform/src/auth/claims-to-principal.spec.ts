import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { BUILT_IN_CLAIM_MAPPINGS, loadClaimMapping } from './built-in-claim-mappings.js';
import { principalFromClaims, UnmappableClaimsError } from './claims-to-principal.js';

const issuer = { issuer: 'https://idp.example/realms/refugees' };

describe('claims to principal, by the mapping files', () => {
  it('every built-in mapping is valid', () => {
    for (const name of Object.keys(BUILT_IN_CLAIM_MAPPINGS))
      expect(() => loadClaimMapping(name)).not.toThrow();
  });

  it('keycloak: a person with flat roles, agency, municipalities and county', () => {
    const principal = principalFromClaims(
      {
        sub: 'u-1',
        name: 'Municipality staff Oslo and Bergen',
        preferred_username: 'municipality-staff-oslo-bergen',
        agency: 'municipality',
        roles: ['municipality-staff', 'offline_access', 'default-roles-refugees'],
        municipalities: ['0301', '4601', '12345', 'oslo'],
        county: '46',
        scope: 'openid profile',
      },
      loadClaimMapping('keycloak'),
      issuer,
    );
    expect({ ...principal }).toEqual({
      subject: 'u-1',
      issuer: issuer.issuer,
      displayName: 'Municipality staff Oslo and Bergen',
      kind: 'person',
      agency: 'municipality',
      roles: ['municipality-staff'],
      municipalities: ['0301', '4601'],
      counties: ['46'],
      scopes: ['openid', 'profile'],
    });
  });

  it('keycloak: a client-credentials token is a machine named by its client id, with its scopes', () => {
    const principal = principalFromClaims(
      {
        sub: '7e07fc3d-a642',
        client_id: 'udi-integrator',
        azp: 'udi-integrator',
        agency: 'UDI',
        roles: ['integrator'],
        scope: 'reception.ingest',
      },
      loadClaimMapping('keycloak'),
      issuer,
    );
    expect(principal).toMatchObject({
      subject: 'udi-integrator',
      displayName: 'udi-integrator',
      kind: 'machine',
      agency: 'UDI',
      roles: ['integrator'],
      scopes: ['reception.ingest'],
    });
  });

  it('keycloak: roles nested as realm_access.roles are read too; an unknown agency is left out', () => {
    const principal = principalFromClaims(
      { sub: 'u-2', agency: 'NAV', realm_access: { roles: ['analyst'] } },
      loadClaimMapping('keycloak'),
      issuer,
    );
    expect(principal.roles).toEqual(['analyst']);
    expect(principal.agency).toBeUndefined();
    expect(principal.displayName).toBe('u-2');
  });

  it("entra-id: app roles translate to ours and the tenant's agency comes from the issuer entry", () => {
    const mapping = loadClaimMapping('entra-id');
    const person = principalFromClaims(
      {
        oid: 'oid-1',
        sub: 'pairwise',
        name: 'Kari Nordmann',
        roles: ['Refugees.PolicyApprover', 'Other.Role'],
      },
      mapping,
      { ...issuer, agency: 'UDI' },
    );
    expect(person).toMatchObject({
      subject: 'oid-1',
      kind: 'person',
      agency: 'UDI',
      roles: ['policy-approver'],
      scopes: [],
    });
    const daemon = principalFromClaims(
      { oid: 'sp-1', azp: 'app-1', idtyp: 'app', roles: ['Refugees.Ingest.Reception'] },
      mapping,
      { ...issuer, agency: 'UDI' },
    );
    expect(daemon).toMatchObject({
      subject: 'app-1',
      kind: 'machine',
      roles: ['integrator'],
      scopes: ['reception.ingest'],
    });
  });

  it('id-porten-employee: municipality staff by configuration, and the national identity number is never read', () => {
    const principal = principalFromClaims(
      { sub: 'pairwise-9', pid: '01017012345', name: 'Ola Nordmann', kommunenummer: '4601' },
      loadClaimMapping('id-porten-employee'),
      issuer,
    );
    expect({ ...principal }).toEqual({
      subject: 'pairwise-9',
      issuer: issuer.issuer,
      displayName: 'Ola Nordmann',
      kind: 'person',
      agency: 'municipality',
      roles: ['municipality-staff'],
      municipalities: ['4601'],
      counties: [],
      scopes: [],
    });
    expect(JSON.stringify(principal)).not.toContain('01017012345');
  });

  it("maskinporten: the organisation number names the agency, and only the services' scopes are kept", () => {
    const principal = principalFromClaims(
      {
        client_id: 'c-udi-1',
        consumer: { authority: 'iso6523-actorid-upis', ID: '0192:974760746' },
        scope: 'imdi:refugees.reception.ingest other:scope',
      },
      loadClaimMapping('maskinporten'),
      issuer,
    );
    expect(principal).toMatchObject({
      subject: 'c-udi-1',
      kind: 'machine',
      agency: 'UDI',
      roles: ['integrator'],
      scopes: ['reception.ingest'],
    });
  });

  it('a token naming no subject cannot be mapped', () => {
    expect(() => principalFromClaims({ roles: ['analyst'] }, loadClaimMapping('keycloak'), issuer)).toThrow(
      UnmappableClaimsError,
    );
  });

  it('a mapping file of its own is read and checked, each problem named', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'claim-mapping-'));
    const good = path.join(directory, 'county-login.json');
    writeFileSync(
      good,
      JSON.stringify({
        kind: { fixed: 'person' },
        subject: { claims: ['sub'] },
        displayName: { claims: ['name'] },
        agency: { fixed: 'county-authority' },
        roles: { fixed: 'county-staff' },
        counties: { claims: ['fylkesnummer'] },
      }),
    );
    expect(
      principalFromClaims({ sub: 's', fylkesnummer: '46' }, loadClaimMapping(good), issuer),
    ).toMatchObject({
      agency: 'county-authority',
      roles: ['county-staff'],
      counties: ['46'],
    });
    const bad = path.join(directory, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        kind: { fixed: 'robot' },
        subject: { claims: [] },
        displayName: { claims: ['name'] },
        roles: { fixed: 'admin' },
      }),
    );
    expect(() => loadClaimMapping(bad)).toThrow(
      /bad\.json is invalid: .*\/kind.*\/subject\/claims.*\/roles\/fixed/,
    );
    expect(() => loadClaimMapping('okta')).toThrow(
      /neither a built-in one \(keycloak, entra-id, id-porten-employee, maskinporten\)/,
    );
  });
});
