/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { OpenApiDocument } from './openapi-document';
import { describeAccountRoutes } from './routes/account';
import { describeApiKeyRoutes } from './routes/api-keys';
import { describeBrandingRoutes } from './routes/branding';
import { describeIdenfyRoutes } from './routes/idenfy';
import { describeLinkRoutes } from './routes/links';
import { describeMessageRoutes } from './routes/messages';
import { describeSessionRoutes } from './routes/sessions';
import { describeWebhookRoutes } from './routes/webhooks';

export function buildOpenApiDocument(publicBaseUrl: string): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'basic',
    description: 'API key id as the user name, its secret as the password',
  });
  describeAccountRoutes(registry);
  describeBrandingRoutes(registry);
  describeApiKeyRoutes(registry);
  describeLinkRoutes(registry);
  describeSessionRoutes(registry);
  describeIdenfyRoutes(registry);
  describeWebhookRoutes(registry);
  describeMessageRoutes(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Magic Link identity verification API',
      version: '1',
      description: [
        'Errors are `{ "error": { "code", "message", "details"? } }` under `/api/v1` and iDenfy\'s `{ "identifier", "message" }` under `/api/v2`.',
        'Creating POSTs honour `Idempotency-Key` for 24 h.',
        'A path called with a method it does not list answers `405 METHOD_NOT_ALLOWED` with an `Allow` header.',
        'Under `/api/v1`, unknown body fields and query parameters are refused with `422 VALIDATION_ERROR` naming each;',
        'the iDenfy-compatible `/api/v2` endpoints ignore them, as iDenfy does.',
      ].join(' '),
    },
    servers: [{ url: publicBaseUrl }],
    security: [{ apiKey: [] }],
  });
}
