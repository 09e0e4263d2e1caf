/** ICAO 9303 check digit: characters weighted 7, 3, 1 in turn, modulo 10 (digits as themselves, A–Z as 10–35, `<` as 0). */
const WEIGHTS = [7, 3, 1] as const;

export function characterValue(character: string): number | null {
  if (character === '<') return 0;
  if (character >= '0' && character <= '9') return character.charCodeAt(0) - 48;
  if (character >= 'A' && character <= 'Z') return character.charCodeAt(0) - 55;
  return null;
}

/** The check digit of `text`, or null when it holds a character the MRZ alphabet does not have. */
export function mrzCheckDigit(text: string): number | null {
  let sum = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = characterValue(text.charAt(index));
    if (value === null) return null;
    sum += value * WEIGHTS[index % 3]!;
  }
  return sum % 10;
}
