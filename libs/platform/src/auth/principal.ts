import { ForbiddenException } from '@nestjs/common';

/** The organisations a caller can belong to. */
export const AGENCIES = [
  'IMDi',
  'UDI',
  'Bufdir',
  'KS',
  'ministry',
  'county-authority',
  'municipality',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** The services' roles (issue 9's table); identity providers' own role names are mapped onto these. */
export const ROLES = [
  'policy-author',
  'policy-approver',
  'caseworker',
  'analyst',
  'committee-member',
  'municipality-staff',
  'county-staff',
  'integrator',
  'operator',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export type PrincipalKind = 'person' | 'machine';

export interface PrincipalFields {
  /** Stable id of the caller at its issuer (never a national identity number). */
  subject: string;
  issuer: string;
  displayName: string;
  kind: PrincipalKind;
  /** Undefined when neither the token nor the issuer's configuration says. */
  agency?: Agency;
  roles: readonly Role[];
  /** Municipality numbers (four digits) the caller may act for. */
  municipalities: readonly string[];
  /** County numbers (two digits) the caller may act for. */
  counties: readonly string[];
  scopes: readonly string[];
}

/**
 * Who is calling, taken from a verified token. The predicates answer; the `require…` methods refuse with 403,
 * for controllers that check a route parameter against what the caller may act for.
 */
export class Principal implements PrincipalFields {
  readonly subject: string;
  readonly issuer: string;
  readonly displayName: string;
  readonly kind: PrincipalKind;
  readonly agency?: Agency;
  readonly roles: readonly Role[];
  readonly municipalities: readonly string[];
  readonly counties: readonly string[];
  readonly scopes: readonly string[];

  constructor(fields: PrincipalFields) {
    this.subject = fields.subject;
    this.issuer = fields.issuer;
    this.displayName = fields.displayName;
    this.kind = fields.kind;
    if (fields.agency !== undefined) this.agency = fields.agency;
    this.roles = Object.freeze([...new Set(fields.roles)]);
    this.municipalities = Object.freeze([...new Set(fields.municipalities)]);
    this.counties = Object.freeze([...new Set(fields.counties)]);
    this.scopes = Object.freeze([...new Set(fields.scopes)]);
    Object.freeze(this);
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((role) => this.roles.includes(role));
  }

  hasScope(scope: string): boolean {
    return this.scopes.includes(scope);
  }

  isOfAgency(...agencies: Agency[]): boolean {
    return this.agency !== undefined && agencies.includes(this.agency);
  }

  /** The caller acts for this municipality itself (municipality staff). */
  mayActForMunicipality(municipalityNumber: string): boolean {
    return this.municipalities.includes(municipalityNumber);
  }

  mayActForCounty(countyNumber: string): boolean {
    return this.counties.includes(countyNumber);
  }

  /** The caller acts for the county the municipality lies in (its number's first two digits). */
  mayActForCountyOf(municipalityNumber: string): boolean {
    return this.mayActForCounty(municipalityNumber.slice(0, 2));
  }

  requireMunicipality(municipalityNumber: string): void {
    if (!this.mayActForMunicipality(municipalityNumber)) {
      throw new ForbiddenException(`You may not act for municipality ${municipalityNumber}`);
    }
  }

  requireCounty(countyNumber: string): void {
    if (!this.mayActForCounty(countyNumber)) {
      throw new ForbiddenException(`You may not act for county ${countyNumber}`);
    }
  }

  requireAgency(...agencies: Agency[]): void {
    if (!this.isOfAgency(...agencies)) {
      throw new ForbiddenException(`Only ${agencies.join(' or ')} may do this`);
    }
  }

  /** Who did something, for audit records and "submitted by" fields: never taken from a request body. */
  get actor(): { subject: string; issuer: string; displayName: string } {
    return { subject: this.subject, issuer: this.issuer, displayName: this.displayName };
  }
}
