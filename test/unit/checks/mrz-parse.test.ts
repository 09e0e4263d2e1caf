/**
 * MRZ parsing and check digits (ICAO 9303): the ICAO specimens in the three formats, each check digit and the
 * composite wrong, OCR confusions corrected only when the check digits confirm them and refused when two readings
 * would pass, fillers put back in place, the century of two-digit years; and the rules that combine several OCR
 * reads: the second engine's confirmation of what check digits leave open, and the majority of reads.
 */
import { mrzCheckDigit } from '../../../activities/checks/document/check-digit';
import { consensusLines } from '../../../activities/checks/document/consensus';
import { repairLetters, unconfirmedFields } from '../../../activities/checks/document/cross-read';
import { interpretMrzText } from '../../../activities/checks/document/mrz-interpret';
import { birthDateFromMrz, expiryDateFromMrz } from '../../../activities/checks/document/mrz-dates';
import { parseMrz, type MrzFields } from '../../../activities/checks/document/mrz-parse';

const today = new Date('2026-03-01T00:00:00Z');

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];

const anna = {
  issuingCountry: 'UTO',
  surname: 'ERIKSSON',
  givenNames: 'ANNA MARIA',
  nationality: 'UTO',
  dateOfBirth: '1974-08-12',
  sex: 'F',
  dateOfExpiry: '2012-04-15',
} as const;

/** `lines` with the character at `line`, `index` replaced. */
function withCharacter(lines: readonly string[], line: number, index: number, character: string): string[] {
  return lines.map((text, lineIndex) => (lineIndex === line ? text.slice(0, index) + character + text.slice(index + 1) : text));
}

/** The same lines with a different (wrong) digit at `line`, `index`. */
function withWrongDigit(lines: readonly string[], line: number, index: number): string[] {
  const digit = Number(lines[line]!.charAt(index));
  return withCharacter(lines, line, index, String((digit + 1) % 10));
}

describe('check digits', () => {
  test('7-3-1 weights over digits, letters and fillers', () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(mrzCheckDigit('D23145890734')).toBe(9);
    expect(mrzCheckDigit('L89890-C3')).toBeNull();
  });
});

describe('parseMrz on the ICAO specimens', () => {
  test('TD3 passport: every field, the specimen state UTO accepted', () => {
    expect(parseMrz(TD3, { today })).toEqual({
      valid: true,
      invalidFields: [],
      lines: TD3,
      fields: { format: 'TD3', documentCode: 'P', documentNumber: 'L898902C3', personalNumber: 'ZE184226B', ...anna } satisfies MrzFields,
    });
  });

  test('TD2 card', () => {
    expect(parseMrz(TD2, { today })).toEqual({
      valid: true,
      invalidFields: [],
      lines: TD2,
      fields: { format: 'TD2', documentCode: 'I', documentNumber: 'D23145890', personalNumber: null, ...anna },
    });
  });

  test('TD1 card', () => {
    expect(parseMrz(TD1, { today })).toEqual({
      valid: true,
      invalidFields: [],
      lines: TD1,
      fields: { format: 'TD1', documentCode: 'I', documentNumber: 'D23145890', personalNumber: null, ...anna },
    });
  });

  test('TD1 with a document number longer than nine characters, continued in the optional data', () => {
    const lines = ['I<UTOD23145890<7349<<<<<<<<<<<', TD1[1]!, TD1[2]!];
    const parse = parseMrz(lines, { today });
    expect(parse.valid).toBe(true);
    expect(parse.fields).toMatchObject({ documentNumber: 'D23145890734', personalNumber: null });
  });

  test('TD1 optional data is the personal number, covered by the composite', () => {
    const first = 'I<UTOD231458907AB12345<<<<<<<<';
    const second = '7408122F1204159UTO<<<<<<<<<<<' + String(mrzCheckDigit(first.slice(5) + '7408122' + '1204159' + '<'.repeat(11)));
    const parse = parseMrz([first, second, TD1[2]!], { today });
    expect(parse.valid).toBe(true);
    expect(parse.fields?.personalNumber).toBe('AB12345');
    expect(parseMrz([withCharacter([first], 0, 16, 'C')[0]!, second, TD1[2]!], { today }).invalidFields).toEqual(['composite']);
  });

  test('unknown countries are still refused: the list is the only plausibility check a country code has', () => {
    const parse = parseMrz(withCharacter(TD3, 0, 2, 'Q'), { today });
    expect(parse.valid).toBe(false);
    expect(parse.invalidFields).toEqual(['issuingCountry']);
  });

  test('lines of no MRZ shape are no reading', () => {
    expect(parseMrz([TD3[0]!, TD3[1]!.slice(1)], { today })).toEqual({ valid: false, fields: null, invalidFields: ['format'], lines: [TD3[0], TD3[1]!.slice(1)] });
  });
});

describe('a wrong check digit is never valid, and names its field', () => {
  const cases: [string, readonly string[], number, number, string[]][] = [
    ['TD3 document number', TD3, 1, 9, ['composite', 'documentNumber']],
    ['TD3 date of birth', TD3, 1, 19, ['composite', 'dateOfBirth']],
    ['TD3 date of expiry', TD3, 1, 27, ['composite', 'dateOfExpiry']],
    ['TD3 personal number', TD3, 1, 42, ['composite', 'personalNumber']],
    ['TD3 composite', TD3, 1, 43, ['composite']],
    ['TD2 document number', TD2, 1, 9, ['composite', 'documentNumber']],
    ['TD2 date of birth', TD2, 1, 19, ['composite', 'dateOfBirth']],
    ['TD2 date of expiry', TD2, 1, 27, ['composite', 'dateOfExpiry']],
    ['TD2 composite', TD2, 1, 35, ['composite']],
    ['TD1 document number', TD1, 0, 14, ['composite', 'documentNumber']],
    ['TD1 date of birth', TD1, 1, 6, ['composite', 'dateOfBirth']],
    ['TD1 date of expiry', TD1, 1, 14, ['composite', 'dateOfExpiry']],
    ['TD1 composite', TD1, 1, 29, ['composite']],
  ];

  test.each(cases)('%s', (_name, lines, line, index, invalidFields) => {
    const wrong = withWrongDigit(lines, line, index);
    expect(parseMrz(wrong, { today })).toMatchObject({ valid: false, invalidFields });
    const interpreted = interpretMrzText(wrong, { today });
    expect(interpreted.found).toBe(true);
    expect(interpreted.parse).toMatchObject({ valid: false, invalidFields });
  });

  test('a changed data character (not its check digit) is caught the same way', () => {
    expect(parseMrz(withCharacter(TD3, 1, 15, '9'), { today })).toMatchObject({ valid: false, invalidFields: ['composite', 'dateOfBirth'] });
    expect(parseMrz(withCharacter(TD3, 1, 3, '4'), { today })).toMatchObject({ valid: false, invalidFields: ['composite', 'documentNumber'] });
  });
});

describe('OCR confusions are corrected only where the check digits confirm them', () => {
  test('letters in date positions and digits in names have one reading', () => {
    const read = withCharacter(withCharacter(withCharacter(TD3, 1, 15, 'O'), 1, 22, 'Z'), 0, 11, '0');
    const interpreted = interpretMrzText(read, { today });
    expect(interpreted).toMatchObject({ found: true, corrected: true });
    expect(interpreted.parse).toEqual(parseMrz(TD3, { today }));
  });

  test('a digit read as a letter in the document number is swapped back when that alone passes every check', () => {
    const interpreted = interpretMrzText(withCharacter(TD3, 1, 5, 'O'), { today });
    expect(interpreted).toMatchObject({ corrected: true });
    expect(interpreted.parse).toMatchObject({ valid: true, lines: TD3 });
    expect(interpreted.parse.fields?.documentNumber).toBe('L898902C3');
  });

  test('a forced correction that the check digit then refuses is not applied', () => {
    const read = withWrongDigit(withCharacter(TD3, 1, 15, 'O'), 1, 19);
    const interpreted = interpretMrzText(read, { today });
    expect(interpreted).toMatchObject({ found: true, corrected: false });
    expect(interpreted.parse.valid).toBe(false);
    expect(interpreted.parse.lines).toEqual(read);
    expect(interpreted.parse.invalidFields).toEqual(expect.arrayContaining(['dateOfBirth']));
  });

  test('a correction is refused when another swap would pass the check digits too', () => {
    // 8 read as B: swapping it back passes, and so does another swap of the same document number.
    const read = withCharacter(TD3, 1, 1, 'B');
    const interpreted = interpretMrzText(read, { today });
    expect(interpreted).toMatchObject({ found: true, corrected: false });
    expect(interpreted.parse).toMatchObject({ valid: false, invalidFields: ['composite', 'documentNumber'], lines: read });
  });

  test('G and 6 weigh the same under every check digit: no check digit tells them apart, so no swap between them is made', () => {
    const read = withCharacter(TD3, 1, 33, 'G');
    expect(interpretMrzText(read, { today }).parse.fields?.personalNumber).toBe('ZE184G26B');
  });
});

describe('OCR text is shaped into MRZ lines', () => {
  test('lower case, spaces, guillemets for double fillers, surrounding text', () => {
    const text = ['PASSPORT  UTOPIA', 'p<uto eriksson«anna<maria<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10', 'x'];
    const interpreted = interpretMrzText(text, { today });
    expect(interpreted).toMatchObject({ found: true, corrected: false });
    expect(interpreted.parse).toEqual(parseMrz(TD3, { today }));
  });

  test('a filler missing or extra inside a run is placed where the check digits agree', () => {
    const missing = interpretMrzText([TD3[0]!, 'L898902C36UTO7408122F1204159ZE184226B<<<<10'], { today });
    expect(missing).toMatchObject({ corrected: true });
    expect(missing.parse).toMatchObject({ valid: true, lines: TD3 });
    const extra = interpretMrzText([TD3[0]!, 'L898902C36UTO7408122F1204159ZE184226B<<<<<<10'], { today });
    expect(extra.parse).toMatchObject({ valid: true, lines: TD3 });
  });

  test('fillers after the given names misread as K, L or C are fillers', () => {
    const interpreted = interpretMrzText(['P<UTOERIKSSON<<ANNA<MARIA<<KK<<L<<<<C<<<<<<<<<', TD3[1]!], { today });
    expect(interpreted.parse).toMatchObject({ valid: true, lines: TD3 });
  });

  test('text with no MRZ shape is not found', () => {
    expect(interpretMrzText(['REPUBLIC OF UTOPIA', 'PASSPORT', ''], { today })).toMatchObject({ found: false, parse: { valid: false, fields: null } });
  });
});

describe('centuries of two-digit years', () => {
  test('birth: the latest century not in the future', () => {
    expect(birthDateFromMrz('740812', today)).toBe('1974-08-12');
    expect(birthDateFromMrz('150101', today)).toBe('2015-01-01');
    expect(birthDateFromMrz('260301', today)).toBe('2026-03-01');
    expect(birthDateFromMrz('260302', today)).toBe('1926-03-02');
    expect(birthDateFromMrz('000229', today)).toBe('2000-02-29');
    expect(birthDateFromMrz('010229', today)).toBeNull();
    expect(birthDateFromMrz('741312', today)).toBeNull();
  });

  test('expiry: this century unless more than 20 years ahead', () => {
    expect(expiryDateFromMrz('120415', today)).toBe('2012-04-15');
    expect(expiryDateFromMrz('360101', today)).toBe('2036-01-01');
    expect(expiryDateFromMrz('460101', today)).toBe('2046-01-01');
    expect(expiryDateFromMrz('470101', today)).toBe('1947-01-01');
    expect(expiryDateFromMrz('990101', today)).toBe('1999-01-01');
  });
});

describe('a second engine confirms what the check digits leave open', () => {
  /** Lines as read by the legacy engine, nothing swapped: the lines and their reading as read. */
  const asRead = (lines: string[]) => [lines, lines] as const;
  // What the LSTM engine made of the specimen: fillers as K, L or C, 1 as T, 0 as O, the last digit lost.
  const lstm = ['P<UTOERIKSSON<<ANNA<KMARIA<K<LK<K<LKLKLKLLKK', 'LB9B9O2C36UTO7408122F12O4159ZE1B4226B<<<<<K?'];

  test('the specimen as the LSTM engine reads it confirms every field', () => {
    expect(unconfirmedFields('TD3', TD3, TD3, lstm)).toEqual([]);
  });

  test('a letter the engines read differently puts its field in doubt', () => {
    expect(unconfirmedFields('TD3', ...asRead(withCharacter(TD3, 0, 8, 'H')), lstm)).toEqual(['surname']);
    expect(unconfirmedFields('TD3', ...asRead(withCharacter(TD3, 0, 18, 'N')), lstm)).toEqual(['givenNames']);
    expect(unconfirmedFields('TD3', ...asRead(withCharacter(TD3, 1, 11, 'I')), lstm)).toEqual(['nationality']);
  });

  test('the document number is cross-read too: its check digit and the composite weigh it alike', () => {
    // 4 read as 6 by the legacy engine and an O/0 swap elsewhere balance both check digits; the LSTM engine read 4.
    const lines = ['I<NLDNX67BTOP22<<<<<<<<<<<<<<<', '5301078F2603025NLD<<<<<<<<<<<8', 'VAN<DEN<BOSCH<<JOHANNA<CORNELI'];
    expect(parseMrz(lines, { today }).valid).toBe(true);
    const other = ['IKNLDNX47BTOP22<<<<<<<<<LKKKL', '5301078F2603025NLD<<<KKLKLKKLKL<LKL', 'VAN<KDEN<BOSCH<<JOHANNA<KCORNELI'];
    expect(unconfirmedFields('TD1', lines, lines, other)).toEqual(['documentNumber']);
  });

  test('a character the correction swapped must be read exactly so by the other engine', () => {
    // Read Y4F0RT2K9 as YLFORT2K9 (4 and 0 misread, the check digit fails); swapping 2 for Z passes it, wrongly.
    const read = ['ARDEUYLFORT2K98<<<<<<<<<<<<<<<', '9604179F2709178TUR<<<<<<<<<<<2', 'YILMAZ<<AYSE<NUR<<<<<<<<<<<<<<'];
    const swapped = withCharacter(read, 0, 11, 'Z');
    expect(parseMrz(swapped, { today }).valid).toBe(true);
    const other = ['ARDEUY4LFORT2K98<<<<<<<<L<LC<LCLLKLKL', '9604179F2709178TURLCLCLCLCLCLCLLLKKL?', 'YILMAZ<<AYSE<NUR<<<<<<<LL<LCLLKLKL'];
    expect(unconfirmedFields('TD1', swapped, read, other)).toEqual(['documentNumber']);
    // The same characters, read so by the legacy engine (not swapped), need only agree up to shape.
    expect(unconfirmedFields('TD1', swapped, swapped, other)).toEqual([]);
  });

  test('with no reading of a line from the other engine, its letters stay in doubt', () => {
    expect(unconfirmedFields('TD3', TD3, TD3, [lstm[1]!])).toEqual(['documentCode', 'givenNames', 'issuingCountry', 'surname']);
  });

  test('a doubtful letter is replaced where another legacy read had the letter the LSTM engine read', () => {
    const misread = withCharacter(TD3, 0, 8, 'H');
    expect(repairLetters('TD3', misread, lstm, [TD3])).toEqual(TD3);
    expect(repairLetters('TD3', misread, lstm, [misread])).toEqual(misread);
  });

  test('or where two LSTM readings agree on a letter the legacy engine is known to misread', () => {
    const withW = ['P<UTOWIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<', TD3[1]!];
    const misread = withCharacter(withW, 0, 5, 'H');
    expect(repairLetters('TD3', misread, [withW[0]!, withW[0]!], [])).toEqual(withW);
    // One LSTM reading is not enough, nor a letter the legacy engine does not put in the place of W.
    expect(repairLetters('TD3', misread, [withW[0]!], [])).toEqual(misread);
    expect(repairLetters('TD3', withCharacter(withW, 0, 5, 'X'), [withW[0]!, withW[0]!], [])).toEqual(withCharacter(withW, 0, 5, 'X'));
  });
});

describe('the majority of several reads', () => {
  test('each character as most reads have it', () => {
    const reads = [withCharacter(TD3, 1, 5, 'O'), withCharacter(TD3, 1, 1, 'B'), TD3, withCharacter(TD3, 0, 8, 'H')];
    expect(consensusLines(reads)).toEqual(TD3);
  });

  test('only reads of one shape count, and fewer than three make no majority', () => {
    expect(consensusLines([TD3, TD3])).toBeNull();
    expect(consensusLines([TD3, TD1, TD2, TD3])).toBeNull();
    expect(consensusLines([TD1, TD1, TD3, TD1])).toEqual(TD1);
  });
});
