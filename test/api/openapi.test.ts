/** The OpenAPI document (generated from the zod schemas) and Swagger UI at /docs, served from our own origin. */
import { call, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('GET /api/openapi.json', () => {
  let document: any;

  beforeAll(async () => {
    // No credentials: the document is public, so clients can generate code before they have a key.
    const response = await call(api.baseUrl, 'GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    document = response.json;
  });

  test('is OpenAPI 3.1 with HTTP Basic API-key security', () => {
    expect(document.openapi).toMatch(/^3\.1/);
    expect(document.security).toEqual([{ apiKey: [] }]);
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'basic' });
  });

  test('describes every v1 route with exactly its methods', () => {
    const methodsOf = (path: string) => Object.keys(document.paths[path] ?? {}).sort();
    expect(methodsOf('/api/v1/account')).toEqual(['get', 'patch']);
    expect(methodsOf('/api/v1/account/credits')).toEqual(['post']);
    expect(methodsOf('/api/v1/account/ledger')).toEqual(['get']);
    expect(methodsOf('/api/v1/api-keys')).toEqual(['get', 'post']);
    expect(methodsOf('/api/v1/api-keys/{id}')).toEqual(['delete']);
    expect(document.paths['/api/v1/api-keys/{id}'].delete.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
  });

  test('has the shared component schemas', () => {
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Error', 'Account', 'TopUpRequest']));
    expect(document.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(['code', 'message']));
  });

  test('TopUpRequest.amount carries the zod constraints (integer, minimum 1), so the schema is generated, not hand-written', () => {
    const topUp = document.components.schemas.TopUpRequest;
    expect(topUp.properties.amount).toMatchObject({ type: 'integer', minimum: 1 });
    expect(topUp.required).toEqual(['amount']);
    // `.strict()` in zod becomes a closed object.
    expect(topUp.additionalProperties).toBe(false);
    expect(document.paths['/api/v1/account/credits'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/TopUpRequest',
    });
  });
  const operations = () =>
    Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ label: `${method.toUpperCase()} ${path}`, path, operation })),
    );

  test('every request body is required', () => {
    const bodies = operations().filter(({ operation }) => operation.requestBody);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { label, operation } of bodies) expect({ label, required: operation.requestBody.required }).toEqual({ label, required: true });
  });

  test('every v1 operation documents what any request may answer: 400, 401, 413, 415, 422 and 429 with Retry-After', () => {
    for (const { label, path, operation } of operations().filter(({ path }) => path.startsWith('/api/v1/'))) {
      const documented = Object.keys(operation.responses);
      expect({ label, documented }).toEqual({ label, documented: expect.arrayContaining(['400', '401', '413', '415', '422', '429']) });
      expect(operation.responses['429'].headers['Retry-After'].schema).toEqual({ type: 'integer', minimum: 1 });
      expect(operation.responses['422'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
      if (path.includes('{id}')) expect(operation.responses['404']).toBeDefined();
    }
  });

  test("the iDenfy-compatible endpoints document their errors in iDenfy's shape", () => {
    const statuses = (path: string, method: string) => Object.keys(document.paths[path][method].responses);
    expect(statuses('/api/v2/token', 'post')).toEqual(['201', '400', '401', '402', '409', '413', '415', '429']);
    expect(statuses('/api/v2/status', 'post')).toEqual(['200', '400', '401', '404', '413', '415', '429']);
    expect(statuses('/api/v2/redirect', 'get')).toEqual(['302', '400', '404']);
    expect(document.paths['/api/v2/redirect'].get.security).toEqual([]);
    expect(document.paths['/api/v2/status'].post.responses['404'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/IdenfyError',
    });
  });

  test('every success answer with a body has its schema', () => {
    for (const { label, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        if (!status.startsWith('2') || status === '204') continue;
        expect({ label, status, content: response.content }).toEqual({ label, status, content: expect.any(Object) });
        for (const media of Object.values(response.content as Record<string, any>)) expect(media.schema).toBeDefined();
      }
    }
  });
});

describe('GET /docs/', () => {
  let html: string;
  let csp: string | null;

  beforeAll(async () => {
    const response = await fetch(`${api.baseUrl}/docs/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    csp = response.headers.get('content-security-policy');
    html = await response.text();
  });

  /** Every script src and stylesheet href in the page, resolved against it. */
  const assetUrls = () =>
    [...html.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']|<link[^>]*\shref=["']([^"']+)["'][^>]*>/g)]
      .map((match) => new URL((match[1] ?? match[2])!, `${api.baseUrl}/docs/`))
      .filter((url) => !url.pathname.endsWith('.png'));

  test('is the Swagger UI page, with our title', () => {
    expect(html).toContain('swagger-ui-bundle.js');
    expect(html).toContain('swagger-ui.css');
    expect(html).toContain('<title>Magic Link API</title>');
  });

  test('has no inline scripts, which helmet’s Content-Security-Policy would block', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(csp).toMatch(/script-src 'self'/);
  });

  test('every asset it references loads from our own origin (no CDN)', async () => {
    const urls = assetUrls();
    expect(urls.map((url) => url.pathname)).toEqual(
      expect.arrayContaining(['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/swagger-ui-standalone-preset.js', '/docs/swagger-ui-init.js']),
    );
    for (const url of urls) {
      expect(url.origin).toBe(api.baseUrl);
      const response = await fetch(url);
      expect({ url: url.pathname, status: response.status }).toEqual({ url: url.pathname, status: 200 });
      const type = response.headers.get('content-type');
      expect(type).toMatch(url.pathname.endsWith('.css') ? /^text\/css/ : /^(application|text)\/javascript/);
      expect((await response.text()).length).toBeGreaterThan(0);
    }
  });

  test('the init script embeds this API’s document', async () => {
    const response = await fetch(`${api.baseUrl}/docs/swagger-ui-init.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"/api/v1/api-keys/{id}"');
  });
});
