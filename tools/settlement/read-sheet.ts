import { readFileSync } from 'node:fs';

import { decodeText } from '../../libs/platform/src/http/decode-text.js';

/** A spreadsheet file as saved: UTF-8 (with or without BOM) or Windows-1252. */
export const readSheet = (file: string): string => decodeText(readFileSync(file));
