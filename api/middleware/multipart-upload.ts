/**
 * A multer upload as API middleware: multer's own errors become the API's — a body that is not multipart is
 * `notMultipart`, a file past the size cap FILE_TOO_LARGE, anything else malformed a 422 — and the rest of a refused
 * body is read, so the client gets the answer instead of a reset connection.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../lib/errors';

export interface UploadRefusals {
  /** The answer to a request that is not multipart/form-data. */
  notMultipart: AppError;
  /** The message of FILE_TOO_LARGE. */
  tooLarge: string;
}

export function parseMultipartUpload(upload: RequestHandler, refusals: UploadRefusals): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) {
      next(refusals.notMultipart);
      return;
    }
    upload(req, res, (error?: unknown) => {
      if (!error) return next();
      req.resume();
      res.setHeader('Connection', 'close');
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') return next(new AppError('FILE_TOO_LARGE', refusals.tooLarge));
      next(new AppError('VALIDATION_ERROR', error instanceof Error ? `The upload is malformed: ${error.message}` : 'The upload is malformed'));
    });
  };
}
