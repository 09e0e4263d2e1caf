/**
 * A support contact is one of three things, told apart by its shape: an email address, an https URL or a phone
 * number. The hosted pages link it with the matching scheme (mailto:, https:, tel:).
 */
export type SupportContactKind = 'email' | 'url' | 'phone';

const EMAIL = /^[^\s@<>()/:]+@[^\s@<>()/:]+\.[^\s@<>()/:]+$/;
/** International format: a plus, then digits with optional spaces, dots or dashes (7 to 15 digits, E.164's range). */
const PHONE = /^\+[0-9][0-9 .-]{5,20}[0-9]$/;

export function supportContactKind(contact: string): SupportContactKind | null {
  if (PHONE.test(contact)) {
    const digits = contact.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 ? 'phone' : null;
  }
  if (EMAIL.test(contact)) return 'email';
  if (isHttpsUrl(contact)) return 'url';
  return null;
}

export function supportContactHref(contact: string): string | null {
  switch (supportContactKind(contact)) {
    case 'email':
      return `mailto:${contact}`;
    case 'phone':
      return `tel:${contact.replace(/[ .-]/g, '')}`;
    case 'url':
      return contact;
    case null:
      return null;
  }
}

export function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}
