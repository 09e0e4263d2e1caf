/**
 * What dashboard forms share: a refused form's summary (`role="alert"`, linking each field in error), each field's
 * invalid state and message, the hidden form key, and a secret shown once with its Copy button.
 */
import escapeHtml from 'escape-html';

/** Field name → what is wrong with it. */
export type FieldErrors = Readonly<Record<string, string>>;

/** A form as it is shown: the values (as entered, when it comes back refused), the errors, and its key. */
export interface FormState<Values> {
  values: Values;
  formKey: string;
  errors?: FieldErrors;
  message?: string;
}

/** A field's element id and label; `hintId` when a hint describes it. */
export interface FieldSpec {
  id: string;
  label: string;
  hintId?: string;
}

export function errorSummary(message: string | undefined, errors: FieldErrors = {}, fields: Readonly<Record<string, FieldSpec>> = {}): string {
  const items = Object.entries(errors)
    .map(([name, error]) => {
      const field = fields[name];
      return field ? `<li><a href="#${field.id}">${escapeHtml(field.label)}: ${escapeHtml(error)}</a></li>` : `<li>${escapeHtml(error)}</li>`;
    })
    .join('');
  if (!message && !items) return '';
  return `<div class="alert" role="alert">${message ? `<p>${escapeHtml(message)}</p>` : ''}${items ? `<ul>${items}</ul>` : ''}</div>`;
}

/** `aria-invalid` and `aria-describedby` (hint, then error) for a field's input, select or fieldset. */
export function fieldAttributes(field: FieldSpec, error: string | undefined): string {
  const describedBy = [field.hintId, error ? `${field.id}-error` : undefined].filter(Boolean).join(' ');
  return `${error ? ' aria-invalid="true"' : ''}${describedBy ? ` aria-describedby="${describedBy}"` : ''}`;
}

export function fieldError(field: FieldSpec, error: string | undefined): string {
  return error ? `<p class="field-error" id="${field.id}-error">${escapeHtml(error)}</p>` : '';
}

export const formKeyField = (formKey: string) => `<input type="hidden" name="formKey" value="${escapeHtml(formKey)}">`;

/** A secret in a read-only field with a Copy button, and plain words that this is the only time it is shown. */
export function shownOnceSecret(id: string, label: string, secret: string, use: string): string {
  return `<label for="${id}">${escapeHtml(label)}</label>
<div class="copy-row"><input id="${id}" class="secret" type="text" readonly autocomplete="off" spellcheck="false" value="${escapeHtml(secret)}" aria-describedby="${id}-hint"><button type="button" class="quiet" data-copy="#${id}">Copy</button></div>
<p class="hint" id="${id}-hint"><strong>Copy it now; it will not be shown again.</strong> ${escapeHtml(use)}</p>`;
}
