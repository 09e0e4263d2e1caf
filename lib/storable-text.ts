/**
 * Text PostgreSQL can store: no NUL character (text and jsonb refuse it) and no unpaired UTF-16 surrogate (it has
 * no UTF-8 encoding; the driver fails to send it). Input with either is refused at the boundary, naming the field.
 */

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be stored, or null when it can. */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (UNPAIRED_SURROGATE.test(text)) return 'must not contain an unpaired UTF-16 surrogate';
  return null;
}

export interface UnstorableString {
  path: (string | number)[];
  message: string;
}

/** Every string in a JSON-like value, object keys included, that cannot be stored, with where it is. */
export function unstorableStringsIn(value: unknown, path: (string | number)[] = []): UnstorableString[] {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? [{ path, message: reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableStringsIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyReason = unstorableReason(key);
      return keyReason ? [{ path: [...path, key], message: `name ${keyReason}` }] : unstorableStringsIn(item, [...path, key]);
    });
  }
  return [];
}
