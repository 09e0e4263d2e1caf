/**
 * Reading dashboard forms: urlencoded fields (one value, or several for a repeated name), the one-use key a creating
 * form carries, and a refused request's details as field errors.
 */
import type { Request } from 'express';
import { AppError } from '../../../lib/errors';
import { newId } from '../../../lib/ids';
import { sha256Hex } from '../../../lib/secrets';
import { IDEMPOTENCY_WINDOW_MS } from '../../middleware/idempotency';
import type { FieldErrors } from '../pages/form-parts';

type FormBody = Record<string, string | string[] | undefined>;

export function formOf(req: Request): FormBody {
  return (req.body ?? {}) as FormBody;
}

/** The field's value (the first, if repeated), trimmed; empty when absent. */
export function textField(form: FormBody, name: string): string {
  return [form[name] ?? ''].flat()[0]?.trim() ?? '';
}

export function listField(form: FormBody, name: string): string[] {
  return [form[name] ?? []].flat();
}

/**
 * A creating form carries a random key made when the page was rendered; it is the request key of the API's
 * operations (ids and workflow ids derive from it), so the same form submitted twice creates one thing.
 */
export const newFormKey = () => newId('idempotencyKey').slice(4);

/** The form's key, or null when it has none that could be one (a form from elsewhere, cut short, or out of date). */
export function formKeyOf(form: FormBody): string | null {
  const key = textField(form, 'formKey');
  return isUsableFormKey(key) ? key : null;
}

/**
 * A key made by `newFormKey` (9 base-36 characters of time, then randomness) within the API's idempotency window,
 * like an Idempotency-Key: an older form is refused rather than created from.
 */
export function isUsableFormKey(key: string): boolean {
  if (!/^[0-9a-z]{29}$/.test(key)) return false;
  const age = Date.now() - Number.parseInt(key.slice(0, 9), 36);
  return age > -60_000 && age < IDEMPOTENCY_WINDOW_MS;
}

/**
 * The request key of a form submission: the same form key gives the same id, so a double submission creates one
 * thing. It keeps the form key's time part (ids sort by creation) and hashes the account in with the rest, so a form
 * key replayed against another account can never reach this account's records.
 */
export function requestKeyFor(accountId: string, formKey: string): string {
  return formKey.slice(0, 9) + sha256Hex(`${accountId}:${formKey}`).slice(0, 20);
}

export function requireFormKey(key: string | null): string {
  if (!key) throw new AppError('VALIDATION_ERROR', 'This form is incomplete; reload the page and fill it in again.');
  return key;
}

/** What a refused form says above its fields: the API's message, unless the fields in error say it better. */
export function refusalMessage(error: AppError): string {
  return error.code === 'VALIDATION_ERROR' && error.details?.length ? 'Some fields need attention: see below.' : error.message;
}

/**
 * One message per field named in the error's details (`events.2` is the field `events`): the dashboard's plainer
 * words where it has them for a field the schema refused, otherwise the API's (the SSRF guard's reason, say).
 */
export function fieldErrorsOf(error: AppError, plainWords: Readonly<Record<string, string>> = {}): FieldErrors {
  const errors: Record<string, string> = {};
  for (const detail of error.details ?? []) {
    const field = detail.field.split('.')[0]!;
    errors[field] ??= (error.code === 'VALIDATION_ERROR' ? plainWords[field] : undefined) ?? detail.message;
  }
  return errors;
}
