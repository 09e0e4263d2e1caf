import { instantOfWallTime } from '../../lib/local-time';

describe('instantOfWallTime', () => {
  test('a wall time with the browser offset for that date', () => {
    // Vilnius in summer is UTC+3: getTimezoneOffset() is -180.
    expect(instantOfWallTime('2030-07-01T12:00', '-180')).toBe('2030-07-01T09:00:00.000Z');
    // New York in winter is UTC−5.
    expect(instantOfWallTime('2030-01-15T23:30', '300')).toBe('2030-01-16T04:30:00.000Z');
    expect(instantOfWallTime('2030-01-15T23:30:15', '0')).toBe('2030-01-15T23:30:15.000Z');
  });

  test('without a usable offset the wall time is read as UTC', () => {
    expect(instantOfWallTime('2030-07-01T12:00', '')).toBe('2030-07-01T12:00:00.000Z');
    expect(instantOfWallTime('2030-07-01T12:00', 'abc')).toBe('2030-07-01T12:00:00.000Z');
    expect(instantOfWallTime('2030-07-01T12:00', '9999')).toBe('2030-07-01T12:00:00.000Z');
  });

  test('what is not a wall time is passed on for validation to refuse', () => {
    expect(instantOfWallTime('tomorrow', '-180')).toBe('tomorrow');
    expect(instantOfWallTime('', '-180')).toBe('');
  });
});
