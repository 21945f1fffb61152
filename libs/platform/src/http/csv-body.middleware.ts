import { Injectable, type NestMiddleware, PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { decodeText } from './decode-text.js';

const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];
const LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Lets a spreadsheet be uploaded as it is saved: a `text/csv` body (UTF-8 with or without BOM, or
 * Windows-1252; `charset=` is followed when given) becomes the body `{ csv, …query }`, so the route's DTO
 * validates it like a JSON body whose other fields came as query parameters.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    if (!request.is(CSV_TYPES)) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMIT_BYTES && !refused) {
        refused = true;
        next(new PayloadTooLargeException(`the CSV file is larger than ${LIMIT_BYTES / 1024 / 1024} MB`));
      }
      if (!refused) chunks.push(chunk);
    });
    request.on('error', (error) => {
      if (!refused) next(error);
    });
    request.on('end', () => {
      if (refused) return;
      const charset = /charset=([^;]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
      request.body = {
        ...(request.query as Record<string, unknown>),
        csv: decodeText(Buffer.concat(chunks), charset),
      };
      next();
    });
  }
}
