/**
 * Input no route parses with its own schema still meets the storable-strings refinement: every query parameter and
 * path segment of every request (mounted before routing), and form bodies where they are parsed (the dashboard).
 * JSON bodies meet it through `parseInput`.
 */
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { parseInput } from '../../services/schemas/common';

const ZAnything = z.unknown();

export const requireStorableInput: RequestHandler = (req, _res, next) => {
  parseInput(ZAnything, req.query, 'query');
  parseInput(ZAnything, { path: decodedPath(req.path) }, 'params');
  if (req.body !== undefined) parseInput(ZAnything, req.body);
  next();
};

/** The path as routes see their parameters; one that is not valid percent-encoding is left to the router's 400. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}
