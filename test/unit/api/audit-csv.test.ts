import { csvField } from '../../../api/dashboard/csv';

describe('csvField', () => {
  test('plain values as they are; quotes, commas and line breaks quoted (RFC 4180)', () => {
    expect(csvField('session.reviewed')).toBe('session.reviewed');
    expect(csvField('reasons: A; decision: DENIED')).toBe('reasons: A; decision: DENIED');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  test('a cell a spreadsheet would run as a formula is defused', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
  });
});
