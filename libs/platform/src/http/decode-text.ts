const UTF8_BOM = '\uFEFF';

/**
 * The text of a file as spreadsheets save it: UTF-8 with or without a byte-order mark, or Windows-1252 (what
 * Excel on Norwegian Windows writes as "CSV (semikolondelt)"). A charset the sender names is followed; without
 * one, bytes that are not valid UTF-8 are read as Windows-1252, so ø, æ and å come out right either way.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const named = charset?.trim().toLowerCase();
  const text =
    named && ['windows-1252', 'cp1252', 'latin1', 'iso-8859-1'].includes(named)
      ? new TextDecoder('windows-1252').decode(bytes)
      : decodeUtf8OrWindows1252(bytes);
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
