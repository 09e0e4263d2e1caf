/**
 * The frame of every public page inside the page shell: mobile-first, text contrast of at least 4.5:1 and visible
 * keyboard focus. Horizontal spacing uses logical properties (inline-start/end), so right-to-left pages mirror; an
 * icon that points (the back arrow) is flipped for them. The CSP forbids inline scripts, so a page that needs behaviour names one same-origin script file and
 * hands it data as JSON blocks, which browsers never execute.
 */
import type { ComponentChildren, VNode } from 'preact';
import { trustedHtml } from '../../lib/html/render';
import { fill, messagesFor, resolveLanguage } from '../hosted/i18n';
import { type Language, SUPPORTED_LANGUAGES } from '../../lib/languages';
import { PageShell, renderPage } from './shell';
import { BrandHeader, ContactLine, accentStylesheet, type PageBranding } from '../hosted/pages/branding';

const PRODUCT_NAME = 'Magic Link';

export interface LanguageLink {
  language: Language;
  href: string;
  current: boolean;
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;min-height:100vh;min-height:100dvh;display:flex;flex-direction:column;align-items:center;padding:16px 16px 24px;background:#eef1f6;color:#1b2130;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{width:100%;max-width:440px;margin:auto 0 0;background:#fff;border-radius:20px;padding:28px 22px;box-shadow:0 1px 2px rgba(16,24,40,.06),0 12px 32px rgba(16,24,40,.08)}
.badge{display:flex;align-items:center;justify-content:center;width:56px;height:56px;margin-bottom:20px;border-radius:16px;background:#e3eafd;color:#1d4ed8}
.badge.problem{background:#fdeee0;color:#9a3f00}
.badge svg{width:30px;height:30px}
svg{fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
h1{margin:0 0 10px;font-size:1.625rem;line-height:1.25;letter-spacing:-.015em}
h2{margin:24px 0 10px;font-size:.8125rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:#4a5466}
p{margin:0 0 14px}
main>:last-child{margin-bottom:0}
.lead,.hint{color:#3d4658}
.needs{list-style:none;margin:0;padding:0;display:grid;gap:10px}
.needs li{display:flex;gap:14px;align-items:center;padding:14px;border:1px solid #dde3ec;border-radius:14px;background:#f8fafc}
.needs svg{flex:none;width:26px;height:26px;color:#1d4ed8}
.steps{list-style:none;margin:0;padding:0;counter-reset:step;display:grid;gap:12px}
.steps li{counter-increment:step;display:flex;gap:14px;align-items:flex-start}
.steps li::before{content:counter(step);flex:none;display:flex;align-items:center;justify-content:center;width:28px;height:28px;border-radius:50%;background:#e3eafd;color:#1b3fae;font-weight:700;font-size:.875rem}
.time{display:flex;gap:10px;align-items:flex-start;margin:22px 0 0;padding:12px 14px;border-radius:12px;background:#f1f4f9;color:#3d4658;font-size:.9375rem}
.time svg{flex:none;width:20px;height:20px;margin-top:2px}
.consent{margin:22px 0 16px;font-size:.875rem;color:#4a5466}
.button{display:block;width:100%;min-height:52px;margin-top:20px;padding:14px 20px;border:0;border-radius:14px;background:#1d4ed8;color:#fff;font:inherit;font-size:1.0625rem;font-weight:600;cursor:pointer}
.consent+.button,.privacy+.button{margin-top:0}
.privacy{margin:-8px 0 16px;font-size:.875rem;color:#4a5466}
.privacy p{margin:0 0 6px}
.withdraw{display:block;margin:20px auto 0;min-height:44px;padding:10px 14px;border:0;border-radius:10px;background:none;color:#9a3f00;font:inherit;font-size:.9375rem;font-weight:600;text-decoration:underline;cursor:pointer}
.withdraw:disabled{color:#4a5466;cursor:not-allowed}
.button:hover{background:#1e40af}
.button:disabled{background:#e2e6ee;color:#4a5466;cursor:not-allowed}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:3px}
a{color:#1d4ed8}
.languages{margin-top:24px;padding-top:16px;border-top:1px solid #e4e8ef}
.languages details{text-align:center}
.languages summary{display:inline-block;min-height:24px;padding:6px 10px;cursor:pointer;font-size:.875rem}
.languages ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;justify-content:center;gap:4px}
.languages a{display:block;padding:6px 10px;border-radius:999px;font-size:.875rem;text-decoration:none}
.languages a:hover{text-decoration:underline}
.languages a[aria-current]{background:#e3eafd;color:#1b2130;font-weight:600}
footer{margin:20px 0 auto;font-size:.8125rem;color:#4a5466;text-align:center}
[hidden]{display:none!important}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
h1[tabindex="-1"]:focus{outline:none}
.button{display:flex;align-items:center;justify-content:center;gap:10px;text-align:center;text-decoration:none}
.button svg{flex:none;width:22px;height:22px}
.button.secondary{background:#fff;color:#1d4ed8;box-shadow:inset 0 0 0 1.5px #b9c8f3}
.button.secondary:hover{background:#f1f5ff}
.actions{display:grid;gap:12px;margin-top:22px}
.actions .button{margin-top:0}
.file-input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden;clip-path:inset(50%)}
.file-input:focus-visible+label{outline:3px solid #1d4ed8;outline-offset:3px}
.file-input:disabled+label{background:#e2e6ee;color:#4a5466;box-shadow:none;cursor:not-allowed}
.back{display:inline-flex;align-items:center;gap:4px;margin:-6px 0 12px;margin-inline-start:-4px;padding:6px 8px;padding-inline-start:4px;border:0;border-radius:10px;background:none;color:#1d4ed8;font:inherit;font-weight:600;cursor:pointer}
.back svg{width:20px;height:20px}
[dir=rtl] .back svg{transform:scaleX(-1)}
.back:disabled{color:#4a5466;cursor:not-allowed}
.flow-bar{margin-bottom:22px}
.flow-status{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:8px;margin-bottom:10px;font-size:.875rem;color:#4a5466}
.countdown{display:inline-flex;align-items:center;gap:6px;padding:4px 10px;border-radius:999px;background:#f1f4f9;color:#1b2130;font-weight:600;font-variant-numeric:tabular-nums}
.countdown svg{width:16px;height:16px}
.countdown.low{background:#fdeee0;color:#9a3f00}
.track{height:6px;border-radius:3px;background:#e4e8ef;overflow:hidden}
.track span{display:block;height:100%;width:0;border-radius:inherit;background:#1d4ed8;transition:width .25s ease}
.alert{border-radius:12px;background:#fdecec;color:#8a1c1c;font-size:.9375rem}
.alert:not(:empty){margin:0 0 18px;padding:12px 14px;border:1px solid #f3c1c1}
.notice{margin:0 0 20px;padding:14px 16px;border:1px solid #f6d3b3;border-radius:14px;background:#fff7ed;color:#5c2a00;font-size:.9375rem}
.notice p{margin:0}
.notice ul{margin:8px 0;padding-inline-start:20px}
.notice .title{font-weight:600}
.choices{display:grid;gap:10px;margin:22px 0 0;padding:0;border:0}
.choices legend{margin-bottom:10px;padding:0;font-size:.8125rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:#4a5466}
.choice{display:flex;align-items:center;gap:14px;padding:14px;border:1.5px solid #dde3ec;border-radius:14px;background:#f8fafc;cursor:pointer}
.choice:has(input:checked){border-color:#1d4ed8;background:#eef3ff}
.choice input{flex:none;width:20px;height:20px;margin:0;accent-color:#1d4ed8}
.preview{margin:18px 0 0;border:1px solid #dde3ec;border-radius:14px;background:#f1f4f9;overflow:hidden}
.preview img{display:block;width:100%;max-height:280px;object-fit:contain}
.added,.uploading{display:flex;align-items:center;gap:8px;margin:14px 0 0;font-weight:600}
.added{color:#166534}
.added svg{width:20px;height:20px}
.uploading{color:#1b3fae}
.spinner{flex:none;width:20px;height:20px;border:2.5px solid #c7d3f5;border-top-color:#1d4ed8;border-radius:50%;animation:spin .8s linear infinite}
.badge .spinner{width:28px;height:28px;border-width:3px}
@keyframes spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.spinner{animation-duration:2.4s}.track span{transition:none}}
.review{list-style:none;margin:22px 0 0;padding:0;display:grid;gap:10px}
.review li{display:flex;align-items:center;gap:12px;padding:10px 12px;border:1px solid #dde3ec;border-radius:14px;background:#f8fafc}
.thumb{flex:none;display:flex;align-items:center;justify-content:center;width:56px;height:56px;border-radius:10px;background:#e3eafd;color:#1d4ed8;overflow:hidden}
.thumb svg{width:26px;height:26px}
.thumb img{width:100%;height:100%;object-fit:cover}
.thumb img+svg{display:none}
.review .name{flex:1;display:grid;min-width:0}
.review .state{display:flex;align-items:center;gap:4px;font-size:.875rem;color:#9a3f00}
.review .done .state{color:#166534}
.review .state svg{display:none;flex:none;width:16px;height:16px}
.review .done .state svg{display:block}
.edit{flex:none;min-height:40px;padding:8px 14px;border:0;border-radius:10px;background:#fff;color:#1d4ed8;box-shadow:inset 0 0 0 1.5px #b9c8f3;font:inherit;font-size:.875rem;font-weight:600;cursor:pointer}
.edit:disabled{color:#4a5466;box-shadow:inset 0 0 0 1.5px #dde3ec;cursor:not-allowed}
.badge.success{background:#dcfce7;color:#166534}
.badge [data-outcome-icon]{display:flex}
.brand{display:flex;align-items:center;gap:12px;margin:0 0 20px;font-weight:600;font-size:1.0625rem}
.brand img{display:block;max-width:160px;max-height:40px;width:auto;height:auto}
.contact{margin:12px 0 0;color:#3d4658}
.contact a{overflow-wrap:anywhere}
@media (min-width:600px){body{padding:48px 24px}main{padding:40px 40px 32px}}
`;

/** Inline icons (24×24, stroked); decorative, so hidden from assistive technology. */
const ICON_SHAPES = {
  shield: (
    <>
      <path d="M12 3 5 6v5c0 4.4 3 8.3 7 10 4-1.7 7-5.6 7-10V6z" />
      <path d="m9 12 2 2 4-4" />
    </>
  ),
  document: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2" />
      <path d="M5.5 16c.6-1.3 1.9-2 3.5-2s2.9.7 3.5 2M15 10h3M15 13.5h2" />
    </>
  ),
  selfie: (
    <>
      <path d="M4 8V6a2 2 0 0 1 2-2h2M16 4h2a2 2 0 0 1 2 2v2M20 16v2a2 2 0 0 1-2 2h-2M8 20H6a2 2 0 0 1-2-2v-2" />
      <circle cx="12" cy="10" r="3" />
      <path d="M7.5 17c.9-1.9 2.5-3 4.5-3s3.6 1.1 4.5 3" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </>
  ),
  alert: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5V13M12 16.5h.01" />
    </>
  ),
  check: <path d="m5 12.5 4.5 4.5L19 7.5" />,
  camera: (
    <>
      <path d="M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13" r="3.5" />
    </>
  ),
  upload: (
    <>
      <path d="M12 15V4M7.5 8.5 12 4l4.5 4.5" />
      <path d="M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4" />
    </>
  ),
  back: <path d="m14.5 18-6-6 6-6" />,
} as const;

export type IconName = keyof typeof ICON_SHAPES;

export function Icon({ name }: { name: IconName }): VNode {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {ICON_SHAPES[name]}
    </svg>
  );
}

/** A disclosure: 28 names would fill a phone's screen, so only the current one shows until the person opens the list. */
export function LanguageSwitcher({ language, links }: { language: string; links: readonly LanguageLink[] }): VNode {
  const label = messagesFor(language).layout.languageSwitcher;
  return (
    <nav class="languages" aria-label={label}>
      <details>
        <summary>
          {label}: {messagesFor(language).languageName}
        </summary>
        <ul>
          {links.map(({ language: code, href, current }) => (
            <li>
              {/* Each name is in its own language, so it carries its own lang for screen readers. */}
              <a href={href} lang={code} hreflang={code} aria-current={current ? 'true' : undefined}>
                {messagesFor(code).languageName}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

/** A `<script type="application/json">` block for the page's script to read by its id. */
function JsonBlock({ id, value }: { id: string; value: unknown }): VNode {
  // `<` is escaped, so no string inside can close the element early; browsers never decode entities in a script.
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return (
    <script type="application/json" id={id}>
      {trustedHtml(json, 'JSON with every < escaped cannot end the script element or open another')}
    </script>
  );
}

/** A page that only says why the person cannot go on, and what they can do, with the language switcher. */
export function renderProblemPage({
  language,
  icon,
  heading,
  hint,
  languageLinks,
  branding,
}: {
  language: string;
  icon: IconName;
  heading: string;
  hint: string;
  languageLinks: readonly LanguageLink[];
  branding?: PageBranding;
}): string {
  return renderHostedPage({
    language,
    title: heading,
    branding,
    children: (
      <>
        <div class="badge problem">
          <Icon name={icon} />
        </div>
        <h1>{heading}</h1>
        <p class="hint">{hint}</p>
        {branding && <ContactLine language={language} branding={branding} />}
        <LanguageSwitcher language={language} links={languageLinks} />
      </>
    ),
  });
}

/** The switcher's links for the page at `path`: the same page in each language. */
export function languageLinksFor(path: string, current: Language): LanguageLink[] {
  return SUPPORTED_LANGUAGES.map((language) => ({ language, href: `${path}?lang=${language}`, current: language === current }));
}

/**
 * A complete public page around `children`. Unknown languages render in English, so `lang` always matches the text.
 * `scripts` are URLs of same-origin scripts, run in order; `data` becomes JSON blocks they can read by their ids.
 */
export function renderHostedPage({
  language,
  title,
  scripts = [],
  data = {},
  branding,
  children,
}: {
  language: string;
  title: string;
  scripts?: readonly string[];
  data?: Record<string, unknown>;
  /** The business's logo, name and accent colour; without it the page is unbranded. */
  branding?: PageBranding;
  children: ComponentChildren;
}): string {
  const lang = resolveLanguage(language);
  const { layout } = messagesFor(lang);
  return renderPage(
    <PageShell language={lang} title={title} stylesheet={STYLE + accentStylesheet(branding?.accentColor ?? null)} scripts={scripts}>
      <main>
        {branding && <BrandHeader branding={branding} />}
        {children}
      </main>
      <footer>{fill(layout.poweredBy, { product: PRODUCT_NAME })}</footer>
      {Object.entries(data).map(([id, value]) => (
        <JsonBlock id={id} value={value} />
      ))}
    </PageShell>,
  );
}
