/**
 * What dashboard forms share: a refused form's summary (`role="alert"`, linking each field in error), each field's
 * invalid state and message, the hidden form key, and a secret shown once with its Copy button.
 */
import type { ComponentChildren, VNode } from 'preact';

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

/** The outcome of the last action (saved, sent, removed…), announced to screen readers; nothing when there is none. */
export function Notice({ text }: { text: string | undefined }): VNode | null {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}

export function ErrorSummary({
  message,
  errors = {},
  fields = {},
}: {
  message: string | undefined;
  errors?: FieldErrors;
  fields?: Readonly<Record<string, FieldSpec>>;
}): VNode | null {
  const items = Object.entries(errors).map(([name, error]) => {
    const field = fields[name];
    return field ? (
      <li>
        <a href={`#${field.id}`}>
          {field.label}: {error}
        </a>
      </li>
    ) : (
      <li>{error}</li>
    );
  });
  if (!message && items.length === 0) return null;
  return (
    <div class="alert" role="alert">
      {message && <p>{message}</p>}
      {items.length > 0 && <ul>{items}</ul>}
    </div>
  );
}

/** `aria-invalid` and `aria-describedby` (hint, then error) for a field's input, select or fieldset; spread them. */
export function fieldAttributes(field: FieldSpec, error: string | undefined): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  const describedBy = [field.hintId, error ? `${field.id}-error` : undefined].filter(Boolean).join(' ');
  return { ...(error ? { 'aria-invalid': 'true' } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}

export function FieldError({ field, error }: { field: FieldSpec; error: string | undefined }): VNode | null {
  return error ? (
    <p class="field-error" id={`${field.id}-error`}>
      {error}
    </p>
  ) : null;
}

/** A field in a form grid: its label, the control, its hint (when the field has one) and its error. */
export function Field({
  field,
  label = field.label,
  hint,
  error,
  wide = false,
  children,
}: {
  field: FieldSpec;
  label?: string;
  hint?: string;
  error: string | undefined;
  wide?: boolean;
  children: ComponentChildren;
}): VNode {
  return (
    <div class={wide ? 'wide' : undefined}>
      <label for={field.id}>{label}</label>
      {children}
      {hint && (
        <span class="hint" id={field.hintId}>
          {hint}
        </span>
      )}
      <FieldError field={field} error={error} />
    </div>
  );
}

export function FormKeyField({ formKey }: { formKey: string }): VNode {
  return <input type="hidden" name="formKey" value={formKey} />;
}

/**
 * A read-only field with a Copy button (dashboard.js copies the field its `data-copy` names). `label` names it when
 * no visible label does; a `secret` is kept out of autocomplete and spell checking.
 */
export function CopyField({ id, value, label, secret = false, describedBy }: { id: string; value: string; label?: string; secret?: boolean; describedBy?: string }): VNode {
  return (
    <div class="copy-row">
      <input
        id={id}
        class={secret ? 'secret' : undefined}
        type="text"
        readonly
        autocomplete={secret ? 'off' : undefined}
        spellcheck={secret ? false : undefined}
        aria-label={label}
        value={value}
        aria-describedby={describedBy}
      />
      <button type="button" class="quiet" data-copy={`#${id}`}>
        Copy
      </button>
    </div>
  );
}

/** A secret in a read-only field with a Copy button, and plain words that this is the only time it is shown. */
export function ShownOnceSecret({ id, label, secret, use }: { id: string; label: string; secret: string; use: string }): VNode {
  return (
    <>
      <label for={id}>{label}</label>
      <CopyField id={id} value={secret} secret describedBy={`${id}-hint`} />
      <p class="hint" id={`${id}-hint`}>
        <strong>Copy it now; it will not be shown again.</strong> {use}
      </p>
    </>
  );
}
