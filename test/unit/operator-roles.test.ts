/** The permission table: who may open which dashboard section and who may change anything. */
import { may, mayVisit, permissionFor } from '../../lib/operator-roles';

describe('permissionFor', () => {
  test.each([
    ['GET', '/dashboard', null],
    ['GET', '/dashboard/sessions/ses_1', null],
    ['GET', '/dashboard/api-keys', 'keys'],
    // Express routes /dashboard/API-Keys/ to the same page.
    ['GET', '/dashboard/API-Keys/', 'keys'],
    ['POST', '/dashboard/api-keys/key_1/revoke', 'keys'],
    ['GET', '/dashboard/webhooks/whe_1', 'webhooks'],
    ['POST', '/dashboard/deliveries/del_1/retry', 'webhooks'],
    ['GET', '/dashboard/credits', 'credits'],
    ['GET', '/dashboard/credits.csv', 'credits'],
    ['GET', '/dashboard/ledger', 'credits'],
    ['POST', '/dashboard/top-up', 'credits'],
    ['POST', '/dashboard/auto-decisions', 'credits'],
    ['GET', '/dashboard/team', 'team'],
    ['POST', '/dashboard/team/usr_1/remove', 'team'],
    ['POST', '/dashboard/sessions/ses_1/review', 'act'],
    ['POST', '/dashboard/links', 'act'],
    ['GET', '/dashboard/links/new', 'act'],
    ['GET', '/dashboard/sessions/ses_1/delete-data', 'act'],
    ['GET', '/dashboard/links/lnk_1/deactivate', 'act'],
    ['POST', '/dashboard/logout', null],
    ['POST', '/dashboard/password', null],
    // Every operator sets up their own two-factor sign-in; requiring it of everyone is the team's setting.
    ['POST', '/dashboard/me/two-factor/setup', null],
    ['POST', '/dashboard/me/two-factor/disable', null],
    ['POST', '/dashboard/two-factor-requirement', 'team'],
    // Everyone sees the hosted pages' branding; admins change it.
    ['GET', '/dashboard/branding', null],
    ['POST', '/dashboard/branding', 'branding'],
    ['POST', '/dashboard/branding/logo/remove', 'branding'],
    // A prefix is a whole path segment: /dashboard/teams is not /dashboard/team.
    ['GET', '/dashboard/teams', null],
  ] as const)('%s %s needs %s', (method, path, permission) => {
    expect(permissionFor(method, path)).toBe(permission);
  });
});

describe('may', () => {
  test('admins may everything, reviewers only act, viewers nothing', () => {
    const permissions = ['act', 'keys', 'webhooks', 'credits', 'team'] as const;
    expect(permissions.filter((permission) => may('ADMIN', permission))).toEqual(['act', 'keys', 'webhooks', 'credits', 'team']);
    expect(permissions.filter((permission) => may('REVIEWER', permission))).toEqual(['act']);
    expect(permissions.filter((permission) => may('VIEWER', permission))).toEqual([]);
  });

  test('the navigation shows a reviewer the queue and sessions, not keys, webhooks, credits or the team', () => {
    const sections = ['/dashboard', '/dashboard/sessions', '/dashboard/api-keys', '/dashboard/webhooks', '/dashboard/credits', '/dashboard/team'];
    expect(sections.filter((path) => mayVisit('REVIEWER', path))).toEqual(['/dashboard', '/dashboard/sessions']);
    expect(sections.filter((path) => mayVisit('VIEWER', path))).toEqual(['/dashboard', '/dashboard/sessions']);
    expect(sections.filter((path) => mayVisit('ADMIN', path))).toEqual(sections);
  });
});
