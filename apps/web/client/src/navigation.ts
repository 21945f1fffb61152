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

/**
 * Who sees a page in the menu: a role (`analyst`), or a role of one agency (`policy-author@IMDi`), as the
 * services' access matrix (apps/access-matrix.ts) lets them call what the page reads.
 */
interface PageRule {
  roles: string[];
}

/** Those who may read the services' aggregate figures (each service: its own agency's authors and caseworkers). */
const AGGREGATE_READERS = [
  'analyst',
  'committee-member',
  'auditor',
  'policy-author',
  'policy-approver',
  'caseworker',
];
const IMDI_POLICY = ['policy-author@IMDi', 'policy-approver@IMDi'];

export const PAGES: readonly { id: PageId; path: string; rule: PageRule }[] = [
  { id: 'situation', path: '/situasjon', rule: { roles: AGGREGATE_READERS } },
  { id: 'requests', path: '/anmodninger', rule: { roles: IMDI_POLICY } },
  { id: 'rules', path: '/regler', rule: { roles: ['policy-author', 'policy-approver'] } },
  { id: 'caseworker', path: '/saksbehandling', rule: { roles: ['caseworker@IMDi'] } },
  { id: 'municipality', path: '/kommune', rule: { roles: ['municipality-staff'] } },
  { id: 'county', path: '/fylke', rule: { roles: ['county-staff'] } },
  {
    id: 'goals',
    path: '/maloppnaelse',
    rule: { roles: ['analyst', 'committee-member', 'auditor', ...IMDI_POLICY] },
  },
];

function holds(user: UserView, entry: string): boolean {
  const [role, agency] = entry.split('@');
  return user.roles.includes(role) && (agency === undefined || user.agency === agency);
}

export function mayOpen(user: UserView, page: PageId): boolean {
  const rule = PAGES.find((candidate) => candidate.id === page)?.rule;
  return rule !== undefined && rule.roles.some((entry) => holds(user, entry));
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
