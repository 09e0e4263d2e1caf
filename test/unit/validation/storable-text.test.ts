/** The storable-text policy (lib/storable-text.ts): what PostgreSQL cannot store, found anywhere in an input. */
import { unstorableReason, unstorableStringsIn } from '../../../lib/storable-text';

const NUL_REASON = 'must not contain a NUL character (\\u0000)';
const SURROGATE_REASON = 'must not contain an unpaired UTF-16 surrogate';

describe('unstorableReason', () => {
  test.each([
    ['\u0000', NUL_REASON],
    ['before\u0000after', NUL_REASON],
    ['\ud800', SURROGATE_REASON],
    ['\udfff', SURROGATE_REASON],
    ['high at the end \ud83d', SURROGATE_REASON],
    ['low first \udd11\ud83d', SURROGATE_REASON],
  ])('%j → %s', (text, reason) => {
    expect(unstorableReason(text)).toBe(reason);
  });

  test.each(['', 'plain', '🔑 a key', 'tab\tand newline\n', '\u0001\u001f\u007f', 'Łukasz Ąžuolas', '\ufffd'])('%j is storable', (text) => {
    expect(unstorableReason(text)).toBeNull();
  });
});

describe('unstorableStringsIn', () => {
  test('finds every bad string and key, with its path, in nested objects and arrays', () => {
    expect(
      unstorableStringsIn({
        name: 'ok',
        person: { firstName: 'A\u0000', aliases: ['fine', '\ud800'] },
        ['bad\u0000key']: 'value',
        count: 3,
        flag: null,
      }),
    ).toEqual([
      { path: ['person', 'firstName'], message: NUL_REASON },
      { path: ['person', 'aliases', 1], message: SURROGATE_REASON },
      { path: ['bad\u0000key'], message: `name ${NUL_REASON}` },
    ]);
  });

  test('a bare string is checked at the root', () => {
    expect(unstorableStringsIn('\u0000')).toEqual([{ path: [], message: NUL_REASON }]);
    expect(unstorableStringsIn(undefined)).toEqual([]);
  });
});
