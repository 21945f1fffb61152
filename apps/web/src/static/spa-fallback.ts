import { existsSync } from 'node:fs';
import path from 'node:path';

import type { NextFunction, Request, Response } from 'express';

/** Paths the server answers itself; every other GET is a page of the front-end, answered with index.html. */
const SERVER_PATHS = /^\/(api|auth|checks|health|assets|data)(\/|$)/;

export function spaFallback(staticDirectory: string) {
  const index = path.resolve(staticDirectory, 'index.html');
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path)) return next();
    if (!existsSync(index)) {
      response.status(503).type('text').send('The workbench front-end is not built: run npm run build');
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  };
}
