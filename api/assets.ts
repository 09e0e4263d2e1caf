/**
 * The public pages' browser files: `web/` served as-is at `/assets/`, without directory listings or index pages, and
 * the site's icon at `/favicon.ico`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** The folder holding package.json: the project root, whether this runs from source or from `dist/`. */
function projectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No package.json in ${start} or above it`);
  }
}

export function assetRoutes(): Router {
  const router = Router();
  const web = path.join(projectRoot(__dirname), 'web');
  // Browsers ask for /favicon.ico on every site whatever the page says; the shell names the same file.
  router.get('/favicon.ico', (_req, res) => {
    res.sendFile(path.join(web, 'favicon.ico'), { maxAge: '1d', headers: { 'Content-Type': 'image/x-icon' } });
  });
  router.use(
    '/assets',
    // The file names carry no version, so browsers cache briefly and a deploy reaches everyone within minutes.
    express.static(web, { index: false, redirect: false, maxAge: '5m' }),
  );
  return router;
}
