/**
 * Tells link scanners and previewers from people, so their fetches of a link's page are not recorded as views
 * (PRODUCT.md §1.1). Some gateways (Microsoft Defender Safe Links among them) fetch with an ordinary browser user
 * agent that nothing here can recognise; that is why only pressing Start, a POST, ever uses a link.
 */
import { isbot } from 'isbot';

/**
 * Fetchers isbot does not recognise. isbot already covers Slack, WhatsApp, Telegram, Discord, Facebook, Twitter,
 * LinkedIn, Google, Bing's and Skype's previews and the mail gateways that name themselves.
 */
const UNLISTED_SCANNERS = [
  // Outlook and other Office apps fetch a link themselves to preview it or check it before opening the browser.
  /^Microsoft Office\//i,
  /\bms-office\b/i,
];

/** isbot counts every command-line client as a bot, but integrators and tests open pages with curl on purpose. */
const CURL = /^curl\//i;

export function isLinkScanner(userAgent: string | undefined): boolean {
  // Every browser sends a user agent; only scripts and scanners leave it out.
  if (!userAgent?.trim()) return true;
  if (CURL.test(userAgent)) return false;
  return isbot(userAgent) || UNLISTED_SCANNERS.some((pattern) => pattern.test(userAgent));
}
