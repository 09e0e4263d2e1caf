/** MRZ dates carry two-digit years: these rules choose the century. Dates are UTC calendar days, `YYYY-MM-DD`. */

/** Documents are issued for at most 10–15 years, so an expiry more than this far ahead belongs to the last century. */
const LONGEST_VALIDITY_YEARS = 20;

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function parts(yymmdd: string): [number, number, number] | null {
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(yymmdd);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function todayIso(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/** The latest century that does not put the birth after `today`. */
export function birthDateFromMrz(yymmdd: string, today: Date): string | null {
  const date = parts(yymmdd);
  if (!date) return null;
  const [year, month, day] = date;
  const thisCentury = calendarDate(2000 + year, month, day);
  if (thisCentury !== null && thisCentury <= todayIso(today)) return thisCentury;
  return calendarDate(1900 + year, month, day);
}

/** Expiry dates are in this century unless that would be implausibly far ahead of `today`. */
export function expiryDateFromMrz(yymmdd: string, today: Date): string | null {
  const date = parts(yymmdd);
  if (!date) return null;
  const [year, month, day] = date;
  const century = 2000 + year > today.getUTCFullYear() + LONGEST_VALIDITY_YEARS ? 1900 : 2000;
  return calendarDate(century + year, month, day);
}
