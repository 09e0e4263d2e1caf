/** `/api/openapi.json` and its rendering at `/docs` (Swagger UI served from our own origin, no CDN). */
import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { buildOpenApiDocument } from '../openapi';

export function docsRoutes(publicBaseUrl: string): Router {
  const router = Router();
  const document = buildOpenApiDocument(publicBaseUrl);
  router.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'Magic Link API' }));
  return router;
}
