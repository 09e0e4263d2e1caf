/**
 * The frame of every public page: one self-contained HTML document, mobile-first, with no JavaScript (the CSP
 * forbids inline scripts and nothing here needs one), no external fonts or CDNs, text contrast of at least 4.5:1 and
 * visible keyboard focus. Every text that reaches the markup goes through `escapeHtml`. Pages are `noindex`: their
 * URLs are entry passes and credentials.
 */
import escapeHtml from 'escape-html';
import { fill, messagesFor, resolveLanguage, type Language } from '../i18n';

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
.consent+.button{margin-top:0}
.button:hover{background:#1e40af}
.button:disabled{background:#e2e6ee;color:#4a5466;cursor:not-allowed}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:3px}
a{color:#1d4ed8}
.languages{margin-top:24px;padding-top:16px;border-top:1px solid #e4e8ef}
.languages ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;justify-content:center;gap:4px}
.languages a{display:block;padding:6px 10px;border-radius:999px;font-size:.875rem;text-decoration:none}
.languages a:hover{text-decoration:underline}
.languages a[aria-current]{background:#e3eafd;color:#1b2130;font-weight:600}
footer{margin:20px 0 auto;font-size:.8125rem;color:#4a5466;text-align:center}
@media (min-width:600px){body{padding:48px 24px}main{padding:40px 40px 32px}}
`;

/** Inline icons (24×24, stroked); decorative, so hidden from assistive technology. */
const ICON_PATHS = {
  shield: '<path d="M12 3 5 6v5c0 4.4 3 8.3 7 10 4-1.7 7-5.6 7-10V6z"/><path d="m9 12 2 2 4-4"/>',
  document: '<rect x="3" y="5" width="18" height="14" rx="2"/><circle cx="9" cy="11" r="2"/><path d="M5.5 16c.6-1.3 1.9-2 3.5-2s2.9.7 3.5 2M15 10h3M15 13.5h2"/>',
  selfie: '<path d="M4 8V6a2 2 0 0 1 2-2h2M16 4h2a2 2 0 0 1 2 2v2M20 16v2a2 2 0 0 1-2 2h-2M8 20H6a2 2 0 0 1-2-2v-2"/><circle cx="12" cy="10" r="3"/><path d="M7.5 17c.9-1.9 2.5-3 4.5-3s3.6 1.1 4.5 3"/>',
  clock: '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
  alert: '<circle cx="12" cy="12" r="9"/><path d="M12 7.5V13M12 16.5h.01"/>',
} as const;

export type IconName = keyof typeof ICON_PATHS;

export function icon(name: IconName): string {
  return `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICON_PATHS[name]}</svg>`;
}

export function renderLanguageSwitcher(language: string, links: readonly LanguageLink[]): string {
  const items = links.map(({ language: code, href, current }) => {
    // Each name is in its own language, so it carries its own lang for screen readers.
    const attributes = `href="${escapeHtml(href)}" lang="${code}" hreflang="${code}"${current ? ' aria-current="true"' : ''}`;
    return `<li><a ${attributes}>${escapeHtml(messagesFor(code).languageName)}</a></li>`;
  });
  return `<nav class="languages" aria-label="${escapeHtml(messagesFor(language).layout.languageSwitcher)}"><ul>${items.join('')}</ul></nav>`;
}

/**
 * A complete HTML document around `body`, which is markup the page modules have already escaped. Unknown languages
 * render in English, so `lang` always matches the text.
 */
export function renderPage({ language, title, body }: { language: string; title: string; body: string }): string {
  const lang = resolveLanguage(language);
  const { layout } = messagesFor(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<footer>${escapeHtml(fill(layout.poweredBy, { product: PRODUCT_NAME }))}</footer>
</body>
</html>
`;
}
