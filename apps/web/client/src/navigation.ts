/** The workbench's pages and which roles see each in the menu (the services decide what each call returns). */
export type PageId = 'situation' | 'requests' | 'rules' | 'caseworker' | 'municipality' | 'county' | 'goals';

export interface UserView {
  subject: string;
  displayName: string;
  agency: string | null;
  roles: string[];
  municipalities: string[];
  counties: string[];
}

interface PageRule {
  roles: string[];
  /** When given, the user must also be of one of these agencies. */
  agencies?: string[];
}

const AGGREGATE_ROLES = [
  'policy-author',
  'policy-approver',
  'caseworker',
  'analyst',
  'committee-member',
  'county-staff',
  'operator',
  'auditor',
];

export const PAGES: readonly { id: PageId; path: string; rule: PageRule }[] = [
  { id: 'situation', path: '/situasjon', rule: { roles: AGGREGATE_ROLES } },
  {
    id: 'requests',
    path: '/anmodninger',
    rule: { roles: ['policy-author', 'policy-approver', 'analyst'], agencies: ['IMDi'] },
  },
  { id: 'rules', path: '/regler', rule: { roles: ['policy-author', 'policy-approver'] } },
  { id: 'caseworker', path: '/saksbehandling', rule: { roles: ['caseworker'], agencies: ['IMDi'] } },
  { id: 'municipality', path: '/kommune', rule: { roles: ['municipality-staff'] } },
  { id: 'county', path: '/fylke', rule: { roles: ['county-staff'] } },
  {
    id: 'goals',
    path: '/maloppnaelse',
    rule: { roles: ['policy-author', 'policy-approver', 'analyst', 'committee-member', 'auditor'] },
  },
];

export function mayOpen(user: UserView, page: PageId): boolean {
  const rule = PAGES.find((candidate) => candidate.id === page)?.rule;
  if (!rule) return false;
  const hasRole = user.roles.some((role) => rule.roles.includes(role));
  const ofAgency = !rule.agencies || (user.agency !== null && rule.agencies.includes(user.agency));
  return hasRole && ofAgency;
}

/** The pages in the user's menu, in the menu's order. */
export function pagesFor(user: UserView): PageId[] {
  return PAGES.filter((page) => mayOpen(user, page.id)).map((page) => page.id);
}

export function pageOfPath(path: string): PageId | undefined {
  return PAGES.find((page) => path === page.path || path.startsWith(`${page.path}/`))?.id;
}

export function pathOf(page: PageId): string {
  return PAGES.find((candidate) => candidate.id === page)!.path;
}
