/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { describeAccountRoutes } from './routes/account';
import { describeApiKeyRoutes } from './routes/api-keys';
import { describeIdenfyRoutes } from './routes/idenfy';
import { describeLinkRoutes } from './routes/links';
import { describeMessageRoutes } from './routes/messages';
import { describeSessionRoutes } from './routes/sessions';
import { describeWebhookRoutes } from './routes/webhooks';

export function buildOpenApiDocument(publicBaseUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'basic',
    description: 'API key id as the user name, its secret as the password',
  });
  describeAccountRoutes(registry);
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
      description: 'Errors are `{ "error": { "code", "message", "details"? } }`. Creating POSTs honour `Idempotency-Key` for 24 h.',
    },
    servers: [{ url: publicBaseUrl }],
    security: [{ apiKey: [] }],
  });
}
