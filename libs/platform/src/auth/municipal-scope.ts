import { ForbiddenException } from '@nestjs/common';

import type { Principal, Role } from './principal.js';

/** Roles that see every municipality's figures on the routes that let them in. */
const NATIONAL_ROLES: readonly Role[] = [
  'analyst',
  'committee-member',
  'auditor',
  'policy-author',
  'policy-approver',
  'caseworker',
  'operator',
];

/**
 * Which municipalities' data a caller may see or change: every one (national roles), or only those its token
 * names (municipality staff) and those of its county (county authority staff). A municipality number's first two
 * digits are its county's number.
 */
export class MunicipalScope {
  private constructor(
    readonly national: boolean,
    private readonly municipalities: readonly string[],
    private readonly counties: readonly string[],
  ) {}

  static of(principal: Principal): MunicipalScope {
    return new MunicipalScope(
      principal.hasRole(...NATIONAL_ROLES),
      principal.hasRole('municipality-staff') ? principal.municipalities : [],
      principal.hasRole('county-staff') ? principal.counties : [],
    );
  }

  includes(municipalityNumber: string): boolean {
    return (
      this.national ||
      this.municipalities.includes(municipalityNumber) ||
      this.counties.includes(municipalityNumber.slice(0, 2))
    );
  }

  includesCounty(countyNumber: string): boolean {
    return this.national || this.counties.includes(countyNumber);
  }

  /** The municipalities a list is limited to, or undefined for every one. */
  get only(): readonly string[] | undefined {
    return this.national ? undefined : this.municipalities;
  }

  require(municipalityNumber: string): void {
    if (!this.includes(municipalityNumber)) {
      throw new ForbiddenException(`You may not act for municipality ${municipalityNumber}`);
    }
  }

  requireCounty(countyNumber: string): void {
    if (!this.includesCounty(countyNumber)) {
      throw new ForbiddenException(`You may not act for county ${countyNumber}`);
    }
  }
}
