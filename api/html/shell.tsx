/**
 * The one HTML document every web page is written into (hosted pages and dashboard alike): `lang` and, for a
 * right-to-left language, `dir="rtl"`; no external fonts or CDNs, `noindex` (page URLs are entry passes and
 * credentials), one inline stylesheet and same-origin scripts only, as the CSP requires.
 */
import type { ComponentChildren, VNode } from 'preact';
import { renderHtml, trustedHtml } from '../../lib/html/render';
import { textDirection } from '../../lib/languages';

/** Served by api/assets.ts. */
const FAVICON = '/favicon.ico';

export function PageShell({
  language,
  title,
  stylesheet,
  scripts = [],
  children,
}: {
  language: string;
  title: string;
  /** The app's own CSS: its constant stylesheet, plus accent-colour rules built from a checked #rrggbb. */
  stylesheet: string;
  /** Same-origin script URLs, run once the document is parsed. */
  scripts?: readonly string[];
  children: ComponentChildren;
}): VNode {
  return (
    // Right-to-left languages mirror the page; the stylesheet uses logical properties (inline-start/end) so it follows.
    <html lang={language} dir={textDirection(language) === 'rtl' ? 'rtl' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="color-scheme" content="light" />
        <title>{title}</title>
        <link rel="icon" href={FAVICON} sizes="16x16 32x32 48x48" />
        <style>{trustedHtml(stylesheet, 'CSS of this codebase (any colour in it matched #rrggbb); escaping would break its quotes')}</style>
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>{children}</body>
    </html>
  );
}

/** A whole document as sent: the doctype, then the page. */
export function renderPage(page: VNode): string {
  return `<!doctype html>\n${renderHtml(page)}`;
}
