/**
 * The pure parts of branding: WCAG contrast (values from the WCAG definition: black on white is 21:1, #767676 the
 * lightest grey at 4.5:1), how a support contact is told apart, and a link's overrides over the account's branding.
 */
import { contrastRatio, contrastWithWhite } from '../../../lib/branding/contrast';
import { supportContactHref, supportContactKind } from '../../../lib/branding/support-contact';
import { pageBrandingOf } from '../../../services/branding/page-branding';

test('contrast against white follows WCAG relative luminance', () => {
  expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
  expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
  expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
  expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  expect(contrastWithWhite('#1d4ed8').toFixed(2)).toBe('6.70');
  expect(contrastRatio('#ffcc00', '#000000')).toBeCloseTo(contrastRatio('#000000', '#ffcc00'), 10);
  expect(() => contrastWithWhite('red')).toThrow('Not a #rrggbb colour');
});

test('a support contact is an email address, an https URL or an international phone number, each linked by its scheme', () => {
  expect(supportContactHref('help@acme.example')).toBe('mailto:help@acme.example');
  expect(supportContactHref('https://acme.example/help')).toBe('https://acme.example/help');
  expect(supportContactHref('+44 20 7946 0958')).toBe('tel:+442079460958');
  expect(supportContactHref('+370-5-212-3456')).toBe('tel:+37052123456');
  for (const refused of ['http://acme.example', 'javascript:alert(1)', 'call us', '+12', '+1234567890123456789', 'https://user:pw@acme.example', 'a@b']) {
    expect({ refused, kind: supportContactKind(refused) }).toEqual({ refused, kind: null });
  }
});

test("a link's overrides win field by field, its own logo too; the controller falls back to the account's name", () => {
  const account = {
    name: 'Acme Ltd (production)',
    brandName: 'Acme Bank',
    brandAccentColor: '#0b5394',
    brandSupportContact: 'help@acme.example',
    brandPrivacyPolicyUrl: 'https://acme.example/privacy',
    brandLogoId: 'lgo_0000000000000000000000000000a',
  };
  const none = { brandName: null, brandAccentColor: null, brandSupportContact: null, brandPrivacyPolicyUrl: null, brandLogoId: null };
  expect(pageBrandingOf(account, null)).toEqual({
    businessName: 'Acme Bank',
    controller: 'Acme Bank',
    accentColor: '#0b5394',
    supportContact: 'help@acme.example',
    privacyPolicyUrl: 'https://acme.example/privacy',
    logoUrl: '/branding/logos/lgo_0000000000000000000000000000a.png',
  });
  expect(pageBrandingOf(account, { ...none, brandAccentColor: '#7a1f5c', brandName: 'Acme Insurance' })).toMatchObject({
    businessName: 'Acme Insurance',
    controller: 'Acme Insurance',
    accentColor: '#7a1f5c',
    supportContact: 'help@acme.example',
    logoUrl: '/branding/logos/lgo_0000000000000000000000000000a.png',
  });
  expect(pageBrandingOf(account, { ...none, brandLogoId: 'lgo_0000000000000000000000000000b' }).logoUrl).toBe('/branding/logos/lgo_0000000000000000000000000000b.png');
  const unbranded = { name: 'Acme Ltd', brandName: null, brandAccentColor: null, brandSupportContact: null, brandPrivacyPolicyUrl: null, brandLogoId: null };
  expect(pageBrandingOf(unbranded, none)).toEqual({ businessName: null, controller: 'Acme Ltd', accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null });
});
