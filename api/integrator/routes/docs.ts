/** `/api/openapi.json` and its rendering at `/docs` (Swagger UI served from our own origin, no CDN). */
import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { OpenApiDocument } from '../openapi-document';

export function docsRoutes(document: OpenApiDocument): Router {
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'Magic Link API' }));
  return router;
}
