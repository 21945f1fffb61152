import type { Response } from 'express';

/** Sends a CSV export as an attachment, in UTF-8 (the excel-no dialect starts with a BOM so Excel knows). */
export function sendCsv(response: Response, filename: string, csv: string): string {
  response.setHeader('content-type', 'text/csv; charset=utf-8');
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  return csv;
}
