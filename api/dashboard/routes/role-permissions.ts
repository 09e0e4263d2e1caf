/**
 * Every signed-in dashboard request passes the permission table (lib/operator-roles.ts) here, before any section's
 * router: a page or form reserved to another role answers 403 with a page that says so.
 */
import type { RequestHandler } from 'express';
import { ROLE_LABELS, may, permissionFor } from '../../../lib/operator-roles';
import { operatorOf } from '../operator-session';
import { renderForbiddenPage } from '../pages/frame';
import { operatorFrame } from './operator-frame';

export const requirePermittedRole: RequestHandler = (req, res, next) => {
  const permission = permissionFor(req.method, req.baseUrl + req.path);
  const { role } = operatorOf(res).user;
  if (permission === null || may(role, permission)) {
    next();
    return;
  }
  res.status(403).type('html').send(renderForbiddenPage(operatorFrame(res), ROLE_LABELS[role]));
};
