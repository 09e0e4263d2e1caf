/**
 * What a business's branding puts on the hosted pages: its logo and name above the content, its accent colour on
 * buttons, links and focus rings, and its support contact on the pages that say the person cannot go on.
 */
import type { VNode } from 'preact';
import { ACCENT_COLOR } from '../../../lib/branding/contrast';
import { supportContactHref } from '../../../lib/branding/support-contact';
import type { PageBranding } from '../../../services/branding/page-branding';
import { fill, messagesFor, type Messages } from '../i18n';
import type { ScriptMessages } from '../i18n/messages';

export type { PageBranding };

/** The logo and the business name; nothing when neither is set. */
export function BrandHeader({ branding }: { branding: PageBranding }): VNode | null {
  if (!branding.logoUrl && !branding.businessName) return null;
  return (
    <header class="brand" id="brand">
      {/* Beside the written name the logo is decoration; alone it is the name. */}
      {branding.logoUrl && <img src={branding.logoUrl} alt={branding.businessName ? '' : branding.controller} height={40} />}
      {branding.businessName && <span class="brand-name">{branding.businessName}</span>}
    </header>
  );
}

/** "Need help? Contact …" with the contact as a mailto:, tel: or https: link. */
export function ContactLine({ language, branding }: { language: string; branding: PageBranding }): VNode | null {
  const href = branding.supportContact ? supportContactHref(branding.supportContact) : null;
  if (!branding.supportContact || !href) return null;
  return (
    <p class="contact" id="support-contact">
      {fill(messagesFor(language).branding.contact, { business: branding.controller })}{' '}
      <a href={href} dir="ltr">
        {branding.supportContact}
      </a>
    </p>
  );
}

/**
 * The hosted page script's texts with the business named where they would say "the organisation"; unchanged when no
 * business name is set. Filled here so the script only ever writes finished texts.
 */
export function brandedScriptMessages(messages: Messages, branding: PageBranding | undefined): ScriptMessages {
  const business = branding?.businessName;
  if (!business) return messages.script;
  const { script, brandedScript } = messages;
  const named = (template: string) => fill(template, { business });
  const hint = (outcome: keyof ScriptMessages['outcomes'], text: string) => ({ ...script.outcomes[outcome], hint: named(text) });
  return {
    ...script,
    errors: {
      ...script.errors,
      TOO_MANY_UPLOADS: named(brandedScript.errors.TOO_MANY_UPLOADS),
      UPLOAD_QUOTA_EXCEEDED: named(brandedScript.errors.UPLOAD_QUOTA_EXCEEDED),
    },
    outcomes: {
      ...script.outcomes,
      REVIEWING: hint('REVIEWING', brandedScript.outcomes.REVIEWING),
      NOT_VERIFIED: hint('NOT_VERIFIED', brandedScript.outcomes.NOT_VERIFIED),
      CANCELLED: hint('CANCELLED', brandedScript.outcomes.CANCELLED),
      EXPIRED: hint('EXPIRED', messages.branding.askForNewLink),
      NOT_FOUND: hint('NOT_FOUND', messages.branding.askForNewLink),
    },
  };
}

/**
 * Rules that repaint the stylesheet's blue with the accent colour. The colour passed the API's contrast check (4.5:1
 * against white), so white text on it and it on white both stay WCAG AA; hover darkens, which only adds contrast.
 */
export function accentStylesheet(color: string | null): string {
  if (color === null) return '';
  // Checked again here because the result is written into the page's stylesheet unescaped.
  if (!ACCENT_COLOR.test(color)) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(color)}`);
  return `
.button{background:${color}}.button:hover{background:${color};filter:brightness(.88)}
a,.back,.button.secondary,.edit{color:${color}}
:focus-visible,.file-input:focus-visible+label{outline-color:${color}}
.track span{background:${color}}.choice:has(input:checked){border-color:${color}}.choice input{accent-color:${color}}
.badge,.needs svg,.thumb{color:${color}}`;
}
