/**
 * ISO 8601 dates as the format allows them: a date (`2026-11-28`) or a date-time
 * (`2026-11-28T14:00`, `…:00Z`, `…:00.000+01:00`). Date.parse alone is too lenient: it rolls
 * `2026-02-30` over to 2 March and some engines accept trailing junk.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Written like an ISO 8601 date or date-time (digits in the right places). */
export function isIsoDateShape(text: string): boolean {
  return ISO.test(text);
}

/** A date that exists in the calendar, with a time of day and offset that exist. */
export function isRealIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  // 60 allows a leap second; Date.parse does not need to accept it for the date to be real.
  if (m[6] !== undefined && Number(m[6]) > 60) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
