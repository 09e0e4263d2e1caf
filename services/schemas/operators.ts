/** Dashboard team and password forms: invitations, roles, passwords. */
import { z } from 'zod';
import { OPERATOR_ROLES } from '../../lib/operator-roles';

export const ZOperatorRole = z.enum(OPERATOR_ROLES, { error: 'Choose admin, reviewer or viewer.' });

export const ZOperatorEmail = z.string().trim().toLowerCase().max(254, 'Keep the email under 254 characters.').pipe(z.email({ error: 'Enter an email address such as name@example.com.' }));

/** Long enough to resist guessing (NIST SP 800-63B asks at least 8; a passphrase is easier to remember anyway). */
export const PASSWORD_MIN_LENGTH = 12;
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'Keep the password under 200 characters.');

export const ZInvitation = z.object({ email: ZOperatorEmail, role: ZOperatorRole });
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZRoleChange = z.object({ role: ZOperatorRole });

const sameTwice = (form: { password: string; confirm: string }) => form.password === form.confirm;
const NOT_THE_SAME = { path: ['confirm'], message: 'The two passwords are not the same.' };

/** A new password typed twice: the second must match. */
export const ZPasswordChoice = z.object({ password: ZNewPassword, confirm: z.string().max(200) }).refine(sameTwice, NOT_THE_SAME);

export const ZPasswordChange = z.object({ current: z.string().max(200), password: ZNewPassword, confirm: z.string().max(200) }).refine(sameTwice, NOT_THE_SAME);

/** The token of an emailed link: 256 bits, base64url. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
