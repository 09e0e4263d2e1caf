/**
 * The create-time SSRF check shared by every URL this service will later POST to: webhook endpoints and the
 * `callbackUrl` of sessions and links (API v1, iDenfy's v2, dashboard). Deliveries check again at send time.
 */
import type { Config } from '../lib/config';
import { AppError } from '../lib/errors';
import { checkWebhookUrl } from '../lib/webhooks/url-guard';

/** The URL as the guard parsed it, or `422 URL_NOT_ALLOWED` naming `field` with the guard's reason. */
export async function requireAllowedWebhookUrl(config: Config, raw: string, field: string): Promise<URL> {
  const check = await checkWebhookUrl(raw, { allowPrivate: config.webhooks.allowPrivateUrls });
  if (!check.ok) throw new AppError('URL_NOT_ALLOWED', `The URL is not allowed: ${check.reason}`, [{ field, message: check.reason }]);
  return check.url;
}
