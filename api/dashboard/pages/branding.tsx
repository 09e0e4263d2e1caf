/**
 * Dashboard: the branding of the hosted pages — a preview as the person will see it, the form for the name, accent
 * colour, support contact and privacy-policy URL, and the logo's upload and removal (admins; others read).
 */
import type { VNode } from 'preact';
import { supportContactHref } from '../../../lib/branding/support-contact';
import { LOGO_LIMITS } from '../../../lib/branding/logo-intake';
import type { PageBranding } from '../../../services/branding/page-branding';
import { CsrfField, framed, type Frame } from './frame';
import { ErrorSummary, Field, fieldAttributes, type FieldSpec, type FormState, Notice } from './form-parts';

export interface BrandingFormValues {
  businessName: string;
  accentColor: string;
  supportContact: string;
  privacyPolicyUrl: string;
}

const BRANDING_FIELDS = {
  businessName: { id: 'branding-name', label: 'Business name', hintId: 'branding-name-hint' },
  accentColor: { id: 'branding-accent', label: 'Accent colour', hintId: 'branding-accent-hint' },
  supportContact: { id: 'branding-contact', label: 'Support contact', hintId: 'branding-contact-hint' },
  privacyPolicyUrl: { id: 'branding-privacy', label: 'Privacy-policy URL', hintId: 'branding-privacy-hint' },
  logo: { id: 'branding-logo', label: 'Logo file', hintId: 'branding-logo-hint' },
} as const satisfies Record<keyof BrandingFormValues | 'logo', FieldSpec>;

/** The hosted pages' own blue, shown in the preview when no accent colour is set. */
const DEFAULT_ACCENT = '#1d4ed8';

export function renderBrandingPage(
  input: Frame & {
    branding: PageBranding;
    /** Null for operators who may not change the branding (lib/operator-roles.ts): they see it, not the forms. */
    form: FormState<BrandingFormValues> | null;
    logoError?: string;
    notice?: string;
  },
): string {
  const { branding, form } = input;
  return framed(
    input,
    '/dashboard/branding',
    'Branding',
    <>
      <h1>Branding</h1>
      <Notice text={input.notice} />
      {form && <ErrorSummary message={form.message} errors={form.errors} fields={BRANDING_FIELDS} />}
      {input.logoError && (
        <div class="alert" role="alert">
          <p>{input.logoError}</p>
        </div>
      )}
      <p>
        What the people you verify see on the link pages, the verification pages and the pages that say a link cannot be used. A link may override all
        but the logo (API: <code>branding</code> on the link).
      </p>
      <h2>Preview</h2>
      <Preview branding={branding} />
      {form ? <BrandingForm csrfToken={input.csrfToken} form={form} /> : <p class="hint">Branding is changed by the admin operators of this account.</p>}
      {form && <LogoForms csrfToken={input.csrfToken} hasLogo={branding.logoUrl !== null} logoError={input.logoError} />}
    </>,
  );
}

/** The hosted page's header, intro, button, link and contact line, painted with the branding. */
function Preview({ branding }: { branding: PageBranding }): VNode {
  const accent = branding.accentColor ?? DEFAULT_ACCENT;
  const who = branding.businessName ?? 'The organisation that sent you this link';
  const contactHref = branding.supportContact ? supportContactHref(branding.supportContact) : null;
  return (
    <div class="card" id="branding-preview">
      {(branding.logoUrl || branding.businessName) && (
        <p style="display:flex;align-items:center;gap:12px">
          {branding.logoUrl && <img src={branding.logoUrl} alt={branding.businessName ? '' : 'Logo'} height={40} style="max-width:160px;height:40px;width:auto" />}
          {branding.businessName && <strong>{branding.businessName}</strong>}
        </p>
      )}
      <p>{who} needs to confirm who you are. It only takes a few minutes.</p>
      <p>
        <span id="preview-button" style={`display:inline-block;padding:10px 20px;border-radius:12px;font-weight:600;background:${accent};color:#fff`}>
          Start
        </span>
      </p>
      {branding.privacyPolicyUrl && (
        <p>
          <a href={branding.privacyPolicyUrl} style={`color:${accent}`}>
            Privacy policy of {branding.controller}
          </a>
        </p>
      )}
      {contactHref && (
        <p>
          Need help? Contact {branding.controller}:{' '}
          <a href={contactHref} style={`color:${accent}`}>
            {branding.supportContact}
          </a>
        </p>
      )}
    </div>
  );
}

function BrandingForm({ csrfToken, form }: { csrfToken: string; form: FormState<BrandingFormValues> }): VNode {
  const { values, errors = {} } = form;
  const f = BRANDING_FIELDS;
  const text = (name: keyof BrandingFormValues, type: string, extra: Record<string, string> = {}) => (
    <input id={f[name].id} name={name} type={type} value={values[name]} {...extra} {...fieldAttributes(f[name], errors[name])} />
  );
  return (
    <>
      <h2>Name, colour, contact and privacy policy</h2>
      <form class="card" method="post" action="/dashboard/branding" novalidate>
        <CsrfField token={csrfToken} />
        <div class="form-grid">
          <Field field={f.businessName} hint="Shown instead of “the organisation”; empty: the account’s name names the data controller." error={errors.businessName}>
            {text('businessName', 'text', { maxlength: '100' })}
          </Field>
          <Field field={f.accentColor} hint="#rrggbb, dark enough for white text (contrast 4.5:1 or more); empty: the default blue." error={errors.accentColor}>
            {text('accentColor', 'text', { placeholder: '#0b5394', pattern: '#[0-9a-fA-F]{6}' })}
          </Field>
          <Field field={f.supportContact} hint="An email address, an https URL or a phone number starting with +." error={errors.supportContact}>
            {text('supportContact', 'text', { maxlength: '200' })}
          </Field>
          <Field field={f.privacyPolicyUrl} hint="https only; linked under the privacy notice." error={errors.privacyPolicyUrl}>
            {text('privacyPolicyUrl', 'url', { maxlength: '2048' })}
          </Field>
        </div>
        <div class="actions">
          <button type="submit">Save branding</button>
          <span class="hint">An empty field clears that setting.</span>
        </div>
      </form>
    </>
  );
}

function LogoForms({ csrfToken, hasLogo, logoError }: { csrfToken: string; hasLogo: boolean; logoError?: string }): VNode {
  const field = BRANDING_FIELDS.logo;
  return (
    <>
      <h2>Logo</h2>
      <form class="card" method="post" action="/dashboard/branding/logo" enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <Field
          field={field}
          hint={`JPEG, PNG or WebP up to ${LOGO_LIMITS.maxBytes / 1_000_000} MB, at least ${LOGO_LIMITS.minSide} pixels on its shortest side. It is re-encoded and shown up to 40 pixels high.`}
          error={logoError}
        >
          <input id={field.id} name="file" type="file" accept="image/png,image/jpeg,image/webp" required {...fieldAttributes(field, logoError)} />
        </Field>
        <div class="actions">
          <button type="submit">{hasLogo ? 'Replace the logo' : 'Upload the logo'}</button>
        </div>
      </form>
      {hasLogo && (
        <form method="post" action="/dashboard/branding/logo/remove">
          <CsrfField token={csrfToken} />
          <button class="quiet" type="submit">
            Remove the logo
          </button>
        </form>
      )}
    </>
  );
}
