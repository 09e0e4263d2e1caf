/**
 * The invitation email's HTML: a document for mail clients (inline styles only, no stylesheet, script or image), not
 * a web page, so it has its own small layout. Every text in it is escaped by the renderer.
 */
import type { VNode } from 'preact';
import { renderHtml } from '../html/render';
import { textDirection } from '../languages';

/** A paragraph of plain-text lines, or the place of the link: a button and the URL as visible text. */
export type EmailBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'link' };

const STYLE = {
  paragraph: 'margin:0 0 16px;',
  button:
    'display:inline-block;padding:12px 24px;background-color:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;',
  copyLink: 'margin:0 0 16px;font-size:14px;color:#4b5563;',
  link: 'color:#1d4ed8;word-break:break-all;',
};

function Block({ block, url, button, copyLink }: { block: EmailBlock; url: string; button: string; copyLink: string }): VNode {
  if (block.kind === 'paragraph') {
    return (
      <p style={STYLE.paragraph}>
        {block.lines.map((line, index) => (
          <>
            {index > 0 && <br />}
            {line}
          </>
        ))}
      </p>
    );
  }
  return (
    <>
      <p style="margin:24px 0;">
        <a href={url} style={STYLE.button}>
          {button}
        </a>
      </p>
      <p style={STYLE.copyLink}>
        {copyLink}
        <br />
        <a href={url} style={STYLE.link}>
          {url}
        </a>
      </p>
    </>
  );
}

export function renderEmailDocument({
  language,
  subject,
  blocks,
  url,
  button,
  copyLink,
}: {
  language: string;
  subject: string;
  blocks: readonly EmailBlock[];
  url: string;
  /** The label of the button that opens `url`. */
  button: string;
  /** Introduces the URL as visible text, for mail clients that do not show the button. */
  copyLink: string;
}): string {
  // Only right-to-left is marked: left-to-right is every client's default.
  const dir = textDirection(language) === 'rtl' ? 'rtl' : undefined;
  const document = (
    <html lang={language} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{subject}</title>
      </head>
      <body style="margin:0;padding:0;background-color:#f3f4f6;">
        <div role="article" aria-label={subject} lang={language} dir={dir} style="padding:24px 12px;background-color:#f3f4f6;">
          <div style="max-width:560px;margin:0 auto;padding:32px 28px;background-color:#ffffff;border-radius:8px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;">
            <h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;color:#111827;">{subject}</h1>
            {blocks.map((block) => (
              <Block block={block} url={url} button={button} copyLink={copyLink} />
            ))}
          </div>
        </div>
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${renderHtml(document)}\n`;
}
