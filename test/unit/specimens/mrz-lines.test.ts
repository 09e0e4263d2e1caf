/** The specimen generator's own MRZ logic, on ICAO 9303's worked example and on the generated documents. */
import { checkDigit, mrzLines, namesInField, nameField } from '../../../bench/specimens/mrz-lines';
import { specimenDocuments } from '../../../bench/specimens/people';
import { mrzName } from '../../../bench/specimens/transliterate';
import { withWrongCheckDigit } from '../../../bench/specimens/wrong-check-digit';

const ICAO_EXAMPLE = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];

describe('specimen MRZ lines', () => {
  test('check digits of the ICAO 9303 example', () => {
    expect(checkDigit('L898902C3')).toBe('6');
    expect(checkDigit('740812')).toBe('2');
    expect(checkDigit('120415')).toBe('9');
    expect(checkDigit('ZE184226B<<<<<')).toBe('1');
    expect(checkDigit('L898902C3674081221204159ZE184226B<<<<<1')).toBe('0');
  });

  test('builds the ICAO 9303 TD3 example line for line', () => {
    const lines = mrzLines('TD3', {
      documentCode: 'P',
      issuingCountry: 'UTO',
      documentNumber: 'L898902C3',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      nationality: 'UTO',
      dateOfBirth: '1974-08-12',
      sex: 'F',
      dateOfExpiry: '2012-04-15',
      personalNumber: 'ZE184226B',
    });
    expect(lines).toEqual(ICAO_EXAMPLE);
  });

  test('a check digit rejects characters no MRZ has', () => {
    expect(() => checkDigit('ab')).toThrow('"a" cannot appear in an MRZ');
  });

  test('names: transliteration, and names cut at the field length', () => {
    expect(mrzName('Müller-Lüdenscheidt')).toBe('MUELLER LUEDENSCHEIDT');
    expect(mrzName("O'Connor")).toBe('OCONNOR');
    expect(mrzName('Żółkiewska Łukasik')).toBe('ZOLKIEWSKA LUKASIK');
    expect(mrzName('Åström')).toBe('AASTROEM');
    expect(nameField('WASHINGTON CARVER', 'ELIZABETH ALEXANDRA CATHERINE', 39)).toBe('WASHINGTON<CARVER<<ELIZABETH<ALEXANDRA<');
    expect(nameField('VAN DEN BOSCH', 'JOHANNA CORNELIA WILHELMINA', 30)).toBe('VAN<DEN<BOSCH<<JOHANNA<CORNELI');
    expect(namesInField('VAN<DEN<BOSCH<<JOHANNA<CORNELI')).toEqual({ surname: 'VAN DEN BOSCH', givenNames: 'JOHANNA CORNELI' });
  });

  test('every generated document has lines of its format, each check digit right', () => {
    const today = new Date('2026-05-10T00:00:00Z');
    const documents = specimenDocuments(today);
    expect(documents).toHaveLength(12);
    for (const { truth } of documents) {
      const shape = { TD1: [3, 30], TD2: [2, 36], TD3: [2, 44] }[truth.format];
      expect(truth.mrzLines.map((line) => line.length)).toEqual(Array(shape[0]).fill(shape[1]));
      const last = truth.mrzLines[1]!;
      if (truth.format === 'TD1') {
        const [line1] = truth.mrzLines as [string];
        expect(line1[14]).toBe(checkDigit(line1.slice(5, 14)));
        expect(last[6]).toBe(checkDigit(last.slice(0, 6)));
        expect(last[14]).toBe(checkDigit(last.slice(8, 14)));
        expect(last[29]).toBe(checkDigit(line1.slice(5) + last.slice(0, 7) + last.slice(8, 15) + last.slice(18, 29)));
      } else {
        const end = last.length - 1;
        expect(last[9]).toBe(checkDigit(last.slice(0, 9)));
        expect(last[19]).toBe(checkDigit(last.slice(13, 19)));
        expect(last[27]).toBe(checkDigit(last.slice(21, 27)));
        expect(last[end]).toBe(checkDigit(last.slice(0, 10) + last.slice(13, 20) + last.slice(21, end)));
      }
    }
    expect(documents.filter(({ truth }) => truth.expired).map(({ id }) => id)).toEqual([
      'fra-passport-expired',
      'esp-id-card-expired',
      'ita-td2-expired-yesterday',
    ]);
  });

  test('withWrongCheckDigit changes exactly one character, a check digit', () => {
    const [passport] = specimenDocuments(new Date('2026-05-10T00:00:00Z'));
    const corrupted = withWrongCheckDigit(passport!.truth);
    const before = passport!.truth.mrzLines.join('\n');
    const after = corrupted.mrzLines.join('\n');
    const changed = [...before].filter((char, index) => char !== after[index]);
    expect(changed).toEqual(['2']);
    expect(corrupted.mrzLines[1]!.slice(19, 20)).toBe('3');
  });
});
