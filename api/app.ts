/** Builds the Express app from its dependencies without listening; `main.ts` alone connects and listens. */
import express from 'express';
import helmet from 'helmet';
import { createAuthThrottle } from './auth-throttle';
import { documentedOperations, refuseUndocumentedMethods, refuseUnknownQueryParameters } from './integrator/documented-operations';
import { buildOpenApiDocument } from './integrator/openapi';
import type { AppDeps } from './deps';
import { measureRecords, measureRequests } from './metrics';
import { requestLog } from './request-log';
import { requireApiKey } from './middleware/auth';
import { errorHandler, notFound } from './middleware/errors';
import { requireStorableInput } from './middleware/storable-input';
import { accountRoutes } from './integrator/routes/account';
import { brandingRoutes } from './integrator/routes/branding';
import { apiKeyRoutes } from './integrator/routes/api-keys';
import { docsRoutes } from './integrator/routes/docs';
import { healthRoutes } from './health';
import { assetRoutes } from './assets';
import { brandingLogoRoutes } from './hosted/routes/branding-logos';
import { dashboardRoutes } from './dashboard/routes/index';
import { handoffRoutes } from './hosted/routes/handoff';
import { hostedFlowRoutes } from './hosted/routes/hosted-flow';
import { idenfyRoutes } from './integrator/routes/idenfy';
import { linkRoutes } from './integrator/routes/links';
import { publicLinkRoutes } from './hosted/routes/public-links';
import { messageRoutes } from './integrator/routes/messages';
import { sessionRoutes } from './integrator/routes/sessions';
import { webhookRoutes } from './integrator/routes/webhooks';

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      // Upgrading to https makes sense only where https is served; on http://localhost it would break /docs.
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: deps.config.http.publicBaseUrl.startsWith('https:') ? [] : null,
          // The hosted page previews the photos a person picks (object URLs) before and after uploading them.
          imgSrc: ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  app.use(measureRequests(deps.metrics));
  measureRecords(deps.metrics, deps.db);
  app.use(requestLog(deps.logger));
  const document = buildOpenApiDocument(deps.config.http.publicBaseUrl);
  const operations = documentedOperations(document);
  // One gate for v1 and v2, so both count against the same throttle.
  const apiKeyGate = requireApiKey(deps.db, { throttle: createAuthThrottle(deps.config.authThrottle), logger: deps.logger });
  // Before the shared JSON parser and input checks: iDenfy's endpoints answer even malformed JSON in iDenfy's shape.
  app.use('/api/v2', idenfyRoutes(deps, { logger: deps.logger, requireApiKey: apiKeyGate, operations }));
  app.use(requireStorableInput);
  app.use(express.json({ limit: deps.config.http.bodyLimit, type: ['application/json', 'application/*+json'] }));

  app.use(healthRoutes(deps));
  app.use(docsRoutes(document));
  app.use(publicLinkRoutes(deps));
  app.use(assetRoutes());
  app.use(brandingLogoRoutes(deps));
  app.use(hostedFlowRoutes(deps));
  app.use(handoffRoutes(deps));
  app.use(dashboardRoutes(deps));

  const v1 = express.Router();
  // The method is checked before the key: which methods a path has is public, in the document.
  v1.use(refuseUndocumentedMethods(operations));
  v1.use(apiKeyGate);
  v1.use(refuseUnknownQueryParameters(operations));
  v1.use(accountRoutes(deps));
  v1.use(brandingRoutes(deps));
  v1.use(apiKeyRoutes(deps));
  v1.use(linkRoutes(deps));
  v1.use(sessionRoutes(deps));
  v1.use(webhookRoutes(deps));
  v1.use(messageRoutes(deps));
  app.use('/api/v1', v1);

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
