/** An endpoint's URL as stored, once through the SSRF guard (creation and change alike); refused with `422` otherwise. */
import type { Config } from '../../lib/config';
import { requireAllowedWebhookUrl } from '../allowed-webhook-url';

export async function allowedEndpointUrl(config: Config, raw: string): Promise<string> {
  return (await requireAllowedWebhookUrl(config, raw, 'url')).toString();
}
