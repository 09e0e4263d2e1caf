/**
 * The operations the OpenAPI document describes, as a table the API checks requests against, so what it answers
 * and what the document says cannot drift apart: a documented path called with a method it does not list is
 * `405 METHOD_NOT_ALLOWED` with `Allow`, and a query parameter the operation does not list is `422` naming it.
 * The document is generated from the zod schemas the routes parse, so a new parameter is accepted once described.
 */
import type { RequestHandler, Response } from 'express';
import { AppError } from '../../lib/errors';
import type { OpenApiDocument } from './openapi-document';

interface DocumentedPath {
  template: string;
  pattern: RegExp;
  /** Upper-case method → the names of its query parameters. */
  operations: ReadonlyMap<string, ReadonlySet<string>>;
}

/** In the order `Allow` lists them. */
const HTTP_METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'] as const;

export interface DocumentedOperations {
  /** The documented path a request path falls under, if any. */
  pathOf(requestPath: string): DocumentedPath | undefined;
}

export function documentedOperations(document: OpenApiDocument): DocumentedOperations {
  const paths: DocumentedPath[] = Object.entries(document.paths ?? {}).map(([template, item]) => ({
    template,
    pattern: templatePattern(template),
    operations: new Map(
      HTTP_METHODS.flatMap((method) => {
        const operation = item[method];
        if (!operation) return [];
        const query = (operation.parameters ?? []).flatMap((parameter) => ('in' in parameter && parameter.in === 'query' ? [parameter.name] : []));
        return [[method.toUpperCase(), new Set(query)] as const];
      }),
    ),
  }));
  return { pathOf: (requestPath) => paths.find((path) => path.pattern.test(requestPath)) };
}

/**
 * `/api/v1/links/{id}/qr.svg` → a pattern matching what Express routes there: one non-empty segment per parameter,
 * an optional trailing slash, any letter case (Express's defaults).
 */
function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

/** The methods a documented path answers, HEAD included where GET is (Express serves it from the GET route). */
function allowedMethods(path: DocumentedPath): string[] {
  return HTTP_METHODS.map((method) => method.toUpperCase()).filter((method) => operationOf(path, method));
}

/** The query parameter names of the operation a method reaches, if the path has one for it. */
function operationOf(path: DocumentedPath, method: string): ReadonlySet<string> | undefined {
  return path.operations.get(method) ?? (method === 'HEAD' ? path.operations.get('GET') : undefined);
}

/** `405 METHOD_NOT_ALLOWED` with `Allow` for a documented path called with a method it does not list. */
export function refuseUndocumentedMethods(operations: DocumentedOperations): RequestHandler {
  return (req, res: Response, next) => {
    const path = operations.pathOf(req.baseUrl + req.path);
    if (path && !operationOf(path, req.method)) {
      const allowed = allowedMethods(path);
      res.setHeader('Allow', allowed.join(', '));
      throw new AppError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path.template}; use ${allowed.join(', ')}`);
    }
    next();
  };
}

/** `422 VALIDATION_ERROR` naming each query parameter the documented operation does not list. */
export function refuseUnknownQueryParameters(operations: DocumentedOperations): RequestHandler {
  return (req, _res, next) => {
    const path = operations.pathOf(req.baseUrl + req.path);
    const known = path && operationOf(path, req.method);
    const unknown = known ? Object.keys(req.query as Record<string, unknown>).filter((name) => !known.has(name)) : [];
    if (unknown.length > 0) {
      throw new AppError(
        'VALIDATION_ERROR',
        'The request query is invalid',
        unknown.map((name) => ({ field: name, message: 'is not a known query parameter' })),
      );
    }
    next();
  };
}
