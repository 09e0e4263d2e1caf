/**
 * What each dashboard role may do: the one permission table, read by the dashboard's routes (which refuse with 403)
 * and by its navigation and pages (which leave out what the operator can't use).
 */
import type { OperatorRole } from '@prisma/client';

export const OPERATOR_ROLES = ['ADMIN', 'REVIEWER', 'VIEWER'] as const satisfies readonly OperatorRole[];

/**
 * `act`: change anything at all — claim and decide reviews, create links and sessions, delete data;
 * `keys`, `webhooks`, `credits`, `team`: see and manage API keys, webhook endpoints, credits (and the decision
 * policy beside them), and the account's members; `branding`: change the hosted pages' branding (everyone sees it).
 */
export type Permission = 'act' | 'keys' | 'webhooks' | 'credits' | 'team' | 'branding';

const GRANTS: Record<OperatorRole, ReadonlySet<Permission>> = {
  ADMIN: new Set(['act', 'keys', 'webhooks', 'credits', 'team', 'branding']),
  REVIEWER: new Set(['act']),
  VIEWER: new Set(),
};

export const ROLE_LABELS: Record<OperatorRole, string> = { ADMIN: 'Admin', REVIEWER: 'Reviewer', VIEWER: 'Viewer' };

export function may(role: OperatorRole, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}

/** Dashboard sections reserved to a permission, by path prefix: the pages and every form under them. */
const SECTION_PERMISSIONS: readonly (readonly [prefix: string, permission: Permission])[] = [
  ['/dashboard/api-keys', 'keys'],
  ['/dashboard/webhooks', 'webhooks'],
  ['/dashboard/deliveries', 'webhooks'],
  ['/dashboard/credits', 'credits'],
  ['/dashboard/ledger', 'credits'],
  ['/dashboard/top-up', 'credits'],
  ['/dashboard/auto-decisions', 'credits'],
  ['/dashboard/team', 'team'],
  // Requiring two-factor sign-in of every member is a team setting.
  ['/dashboard/two-factor-requirement', 'team'],
];

/** Sections every operator may read but only a permission may change. */
const CHANGE_PERMISSIONS: readonly (readonly [prefix: string, permission: Permission])[] = [['/dashboard/branding', 'branding']];

/** The page of a form (a new link, a confirmation): opening it needs what submitting it needs. */
const FORM_PAGE = /\/(new|edit|cancel|delete|delete-data|deactivate|remove|revoke|rotate-secret)$/;

/** What every operator may post, whatever the role: their own sign-out, password and two-factor sign-in (`/dashboard/me/…`). */
const OWN_ACCOUNT_PATHS: ReadonlySet<string> = new Set(['/dashboard/logout', '/dashboard/password']);
const OWN_SETTINGS_PREFIX = '/dashboard/me/';

/** The permission a dashboard request needs; null when any signed-in operator may make it. */
export function permissionFor(method: string, requestPath: string): Permission | null {
  // Express matches routes regardless of case (and of a trailing slash, which the prefixes allow for).
  const path = requestPath.toLowerCase();
  const section = SECTION_PERMISSIONS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`));
  if (section) return section[1];
  const reads = (method === 'GET' || method === 'HEAD') && !FORM_PAGE.test(path);
  const change = reads ? undefined : CHANGE_PERMISSIONS.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  if (change) return change[1];
  return reads || OWN_ACCOUNT_PATHS.has(path) || path.startsWith(OWN_SETTINGS_PREFIX) ? null : 'act';
}

/** Whether the role may open a dashboard page (the navigation shows only those). */
export function mayVisit(role: OperatorRole, path: string): boolean {
  const permission = permissionFor('GET', path);
  return permission === null || may(role, permission);
}
