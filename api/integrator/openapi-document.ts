/** The OpenAPI document's type, apart from its building (openapi.ts), so what serves or reads it imports no routes. */
import type { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;
