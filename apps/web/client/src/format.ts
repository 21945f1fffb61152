import type { Language } from './i18n';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A whole number with the language's digit grouping (12 640 in Norwegian, 12,640 in English); – when missing. */
export function formatCount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** A percentage with at most one decimal (85,5 % / 85.5%); – when missing. */
export function formatPercent(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
  return language === 'nb' ? `${number} %` : `${number}%`;
}

/** A difference with its sign (+3, −2, 0); – when missing. */
export function formatDifference(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const text = formatCount(Math.abs(value), language);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** How long ago, in whole days or hours ("3 d" / "5 t" in Norwegian; "3 d" / "5 h" in English). */
export function formatAge(fromIso: string, now: Date, language: Language): string {
  const hours = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 3600000));
  if (hours >= 48) return `${Math.floor(hours / 24)} d`;
  return `${hours} ${language === 'nb' ? 't' : 'h'}`;
}

/** A date and time in the language's way, in Norwegian time. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

/** Residents as a share of places (one decimal), null without places: the services' own rule. */
export function occupancyPercent(residents: number, places: number): number | null {
  return places > 0 ? Math.round((residents / places) * 1000) / 10 : null;
}
