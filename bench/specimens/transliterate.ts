/**
 * Names as the MRZ writes them (ICAO 9303 part 3, transliteration of Latin-based characters): uppercase A–Z,
 * the recommended two-letter forms for Ä Å Æ Ö Ø Ü Œ Þ ß, other diacritics dropped, apostrophes removed, hyphens
 * and spaces becoming one filler (here a space).
 */
const TWO_LETTER_FORMS: Record<string, string> = {
  Ä: 'AE',
  Å: 'AA',
  Æ: 'AE',
  Ö: 'OE',
  Ø: 'OE',
  Ü: 'UE',
  Œ: 'OE',
  Þ: 'TH',
  ẞ: 'SS',
};

/** Letters that carry no combining mark in Unicode, so NFD would not strip them. */
const UNDECOMPOSABLE: Record<string, string> = { Ł: 'L', Đ: 'D', Ð: 'D', Ħ: 'H', Ŀ: 'L', İ: 'I' };

export function mrzName(printed: string): string {
  const upper = printed.toUpperCase();
  const mapped = [...upper].map((char) => TWO_LETTER_FORMS[char] ?? UNDECOMPOSABLE[char] ?? char).join('');
  const unaccented = mapped.normalize('NFD').replace(/\p{M}/gu, '');
  return unaccented
    .replace(/['’`]/g, '')
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}
