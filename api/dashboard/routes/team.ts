/**
 * Dashboard team: admins list members and invitations, invite by email, change roles and remove members (the
 * permission table keeps /dashboard/team for admins); an invited person accepts on a public page with the emailed token.
 */
import { Router, type Request, type Response } from 'express';
import type { DashboardUser } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { sendersFor } from '../../../lib/notifications/senders';
import { ROLE_LABELS } from '../../../lib/operator-roles';
import { acceptInvitation, findOpenInvitation } from '../../../services/operators/accept-invitation';
import { changeOperatorRole } from '../../../services/operators/change-operator-role';
import { inviteOperator, type InvitationDeps } from '../../../services/operators/invite-operator';
import { removeOperator } from '../../../services/operators/remove-operator';
import { parseInput } from '../../../services/schemas/common';
import { ZInvitation, ZLinkToken, ZPasswordChoice, ZRoleChange } from '../../../services/schemas/operators';
import type { AppDeps } from '../../deps';
import { operatorOf, requireCsrf, signIn } from '../operator-session';
import { renderAcceptInvitationPage, renderDeadLinkPage, renderRemoveMemberPage, renderTeamPage, type InvitationFormState } from '../pages/team';
import { auditActorOf } from './audit';
import { fieldErrorsOf, formOf, refusalMessage, textField } from './form-input';
import { operatorFrame } from './operator-frame';

const USER_ID = /^usr_[0-9a-z]{29}$/;

const INVITATION_ID = /^inv_[0-9a-z]{29}$/;

const DELIVERY_NOTICES: Record<string, (email: string) => string> = {
  SENT: (email) => `Invitation sent to ${email}.`,
  OUTBOX: (email) => `No email provider is configured: the invitation to ${email} is in the Outbox, to pass on yourself.`,
  FAILED: (email) => `The email provider did not take the invitation to ${email}; check the address, or invite again later.`,
};

const DEAD_INVITATION = 'This invitation link has been used, has expired or was withdrawn. Ask an admin of the account for a new one.';

/** What sending operator emails needs, from the API's configuration. */
export function operatorEmailDeps({ db, config }: Pick<AppDeps, 'db' | 'config'>): InvitationDeps {
  return { db, email: sendersFor(config.notifications).email, emailFrom: config.notifications.emailFrom, publicBaseUrl: config.http.publicBaseUrl };
}

export function teamPages(deps: Pick<AppDeps, 'db' | 'config'>): Router {
  const { db } = deps;
  const router = Router();
  const emailDeps = operatorEmailDeps(deps);

  async function sendTeamPage(req: Request, res: Response, state: { form?: InvitationFormState; alert?: string } = {}) {
    const frame = operatorFrame(res);
    const [members, invitations] = await Promise.all([
      db.dashboardUser.findMany({ where: { accountId: frame.accountId }, orderBy: { id: 'asc' } }),
      db.dashboardInvitation.findMany({ where: { accountId: frame.accountId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { id: 'asc' } }),
    ]);
    const notice = state.form || state.alert ? undefined : await teamNotice(req, frame.accountId);
    res.type('html').send(
      renderTeamPage({
        ...frame,
        userId: operatorOf(res).user.id,
        members,
        invitations,
        form: state.form ?? { values: { email: '', role: 'REVIEWER' } },
        notice,
        alert: state.alert,
      }),
    );
  }

  /** What the last change did, read back from the database (the query names it, and says nothing itself). */
  async function teamNotice(req: Request, accountId: string): Promise<string | undefined> {
    const { invited, changed, removed } = req.query;
    if (typeof invited === 'string' && INVITATION_ID.test(invited)) {
      const invitation = await db.dashboardInvitation.findFirst({ where: { id: invited, accountId } });
      const message = await db.message.findUnique({ where: { idempotencyKey: `invitation:${invited}` } });
      return invitation && message ? DELIVERY_NOTICES[message.status]?.(invitation.email) : undefined;
    }
    if (typeof changed === 'string' && USER_ID.test(changed)) {
      const member = await db.dashboardUser.findFirst({ where: { id: changed, accountId } });
      return member ? `${member.email} is now ${ROLE_LABELS[member.role].toLowerCase()}.` : undefined;
    }
    return removed === '1' ? 'Member removed: they are signed out and can no longer sign in.' : undefined;
  }

  /** A member of the operator's own account, or 404. */
  async function memberOf(res: Response, id: string): Promise<DashboardUser> {
    const member = USER_ID.test(id) ? await db.dashboardUser.findFirst({ where: { id, accountId: operatorFrame(res).accountId } }) : null;
    if (!member) throw new AppError('NOT_FOUND', 'No such member in this account.');
    return member;
  }

  /** A refused team change shows the team page with the reason (409: the last admin, yourself). */
  async function refused(req: Request, res: Response, error: unknown) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    res.status(error.status);
    await sendTeamPage(req, res, { alert: error.message });
  }

  router.get('/dashboard/team', async (req, res) => {
    await sendTeamPage(req, res);
  });

  router.post('/dashboard/team/invitations', requireCsrf, async (req, res) => {
    const form = formOf(req);
    const values = { email: textField(form, 'email'), role: textField(form, 'role') };
    try {
      const input = parseInput(ZInvitation, values);
      const { user } = operatorOf(res);
      const { invitation } = await inviteOperator(emailDeps, { ...auditActorOf(req, res), accountName: user.account.name }, input);
      res.redirect(303, `/dashboard/team?invited=${invitation.id}`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      await sendTeamPage(req, res, { form: { values, errors: fieldErrorsOf(error), message: refusalMessage(error) } });
    }
  });

  router.post('/dashboard/team/:id/role', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const member = await memberOf(res, req.params.id);
    try {
      const { role } = parseInput(ZRoleChange, { role: textField(formOf(req), 'role') });
      await changeOperatorRole(db, auditActorOf(req, res), member.id, role);
      res.redirect(303, `/dashboard/team?changed=${member.id}`);
    } catch (error) {
      await refused(req, res, error);
    }
  });

  router.get('/dashboard/team/:id/remove', async (req: Request<{ id: string }>, res: Response) => {
    const member = await memberOf(res, req.params.id);
    res.type('html').send(renderRemoveMemberPage({ ...operatorFrame(res), member }));
  });

  router.post('/dashboard/team/:id/remove', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const member = await memberOf(res, req.params.id);
    try {
      await removeOperator(db, auditActorOf(req, res), member.id);
      res.redirect(303, '/dashboard/team?removed=1');
    } catch (error) {
      await refused(req, res, error);
    }
  });

  return router;
}

/** The invited person's page: reached without signing in, with the emailed token in the query (redacted from logs). */
export function invitationRoutes({ db, config }: Pick<AppDeps, 'db' | 'config'>): Router {
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');

  router.get('/dashboard/invitation', async (req, res) => {
    const token = ZLinkToken.safeParse(req.query.token);
    const invitation = token.success ? await findOpenInvitation(db, token.data) : null;
    if (!token.success || !invitation) {
      res.status(410).type('html').send(renderDeadLinkPage('Invitation no longer valid', DEAD_INVITATION));
      return;
    }
    res.type('html').send(renderAcceptInvitationPage({ token: token.data, email: invitation.email, accountName: invitation.account.name, role: invitation.role }));
  });

  router.post('/dashboard/invitation', async (req, res) => {
    const form = formOf(req);
    const token = ZLinkToken.safeParse(textField(form, 'token'));
    const invitation = token.success ? await findOpenInvitation(db, token.data) : null;
    if (!token.success || !invitation) {
      res.status(410).type('html').send(renderDeadLinkPage('Invitation no longer valid', DEAD_INVITATION));
      return;
    }
    try {
      const { password } = parseInput(ZPasswordChoice, { password: textField(form, 'password'), confirm: textField(form, 'confirm') });
      const user = await acceptInvitation(db, token.data, password, req.ip ?? null);
      await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
      res.redirect(303, '/dashboard');
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      const page = { token: token.data, email: invitation.email, accountName: invitation.account.name, role: invitation.role };
      res.type('html').send(renderAcceptInvitationPage({ ...page, errors: fieldErrorsOf(error), message: error.code === 'VALIDATION_ERROR' ? 'Choose the password again:' : error.message }));
    }
  });

  return router;
}
