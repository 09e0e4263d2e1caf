/** The decision policy's rules, one by one (a pure function: no stack needed). */
import { ageOn, decideVerification, DUPLICATE_DOCUMENT_TAG, type DecisionInput, type DocumentFindings } from '../../../activities/checks/decision-policy';

const readPassport: DocumentFindings = {
  mrzFound: true,
  mrzValid: true,
  documentType: 'PASSPORT',
  issuingCountry: 'DEU',
  dateOfBirth: '1990-04-12',
  dateOfExpiry: '2031-01-01',
  visualZoneDisagreements: [],
  documentFaceFound: true,
};

function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    flow: 'DOCUMENT_AND_SELFIE',
    chosenDocumentType: 'PASSPORT',
    document: readPassport,
    face: { selfieProblem: null, similarity: 0.7 },
    mismatchTags: [],
    fraudTags: [],
    policy: { autoApprove: true, autoDeny: true, face: { match: 0.5, mismatch: 0.3 }, allowedCountries: [], allowedDocumentTypes: [], minimumAge: null },
    today: '2026-12-05',
    ...overrides,
  };
}
const policy = (changes: Partial<DecisionInput['policy']>) => ({ ...input().policy, ...changes });

test('every check passed with margin: approved, DOC_VALIDATED and FACE_MATCH', () => {
  const decision = decideVerification(input());
  expect(decision.verdict).toBe('APPROVE');
  expect(decision.autoDocument).toBe('DOC_VALIDATED');
  expect(decision.autoFace).toBe('FACE_MATCH');
  expect(decision.reasons).toEqual([]);
  expect(decision.checks.map((check) => [check.name, check.result])).toEqual([
    ['MRZ_VALID', 'PASSED'],
    ['DOCUMENT_NOT_EXPIRED', 'PASSED'],
    ['DOCUMENT_TYPE_MATCHES', 'PASSED'],
    ['DATA_MATCHES_SUPPLIED', 'PASSED'],
    ['DOCUMENT_NOT_REUSED', 'PASSED'],
    ['VISUAL_ZONE_AGREES', 'PASSED'],
    ['SELFIE_ONE_FACE', 'PASSED'],
    ['DOCUMENT_FACE_FOUND', 'PASSED'],
    ['FACE_MATCH', 'PASSED'],
  ]);
});

test('an expired document is denied with DOC_EXPIRED; with auto-deny off it goes to review', () => {
  const expired = { ...readPassport, dateOfExpiry: '2026-12-04' };
  const decision = decideVerification(input({ document: expired }));
  expect(decision).toMatchObject({ verdict: 'DENY', autoDocument: 'DOC_EXPIRED', reasons: ['DOC_EXPIRED'] });
  expect(decideVerification(input({ document: expired, policy: policy({ autoDeny: false }) })).verdict).toBe('REVIEW');
  // Valid through its expiry day.
  expect(decideVerification(input({ document: { ...readPassport, dateOfExpiry: '2026-12-05' } })).verdict).toBe('APPROVE');
});

test('face: a confident mismatch is denied, the band between the thresholds goes to review', () => {
  expect(decideVerification(input({ face: { selfieProblem: null, similarity: 0.29 } }))).toMatchObject({ verdict: 'DENY', autoFace: 'FACE_MISMATCH' });
  expect(decideVerification(input({ face: { selfieProblem: null, similarity: 0.3 } }))).toMatchObject({ verdict: 'REVIEW', autoFace: 'FACE_UNCERTAIN', reasons: ['FACE_UNCERTAIN'] });
  expect(decideVerification(input({ face: { selfieProblem: null, similarity: 0.5 } })).verdict).toBe('APPROVE');
});

test('unreadable images ask for a retake with the reason; a wrong check digit is never approved', () => {
  expect(decideVerification(input({ document: { ...readPassport, mrzFound: false, mrzValid: false } }))).toMatchObject({ verdict: 'RETRY', problems: ['MRZ_NOT_FOUND'], autoDocument: 'MRZ_NOT_FOUND' });
  const misread = decideVerification(input({ document: { ...readPassport, mrzValid: false } }));
  expect(misread).toMatchObject({ verdict: 'RETRY', problems: ['MRZ_OCR_READING_ERROR'] });
  expect(misread.checks.find((check) => check.name === 'FACE_MATCH')).toBeUndefined();
  expect(decideVerification(input({ face: { selfieProblem: 'TOO_MANY_FACES', similarity: null } }))).toMatchObject({ verdict: 'RETRY', problems: ['TOO_MANY_FACES'], autoFace: 'TOO_MANY_FACES' });
});

test('a driving licence without an MRZ goes to a reviewer instead of a retake', () => {
  const decision = decideVerification(input({ chosenDocumentType: 'DRIVER_LICENSE', document: { ...readPassport, mrzFound: false, mrzValid: false } }));
  expect(decision).toMatchObject({ verdict: 'REVIEW', problems: [] });
});

test('what the person chose, the allowed countries and types, and the minimum age', () => {
  expect(decideVerification(input({ chosenDocumentType: 'ID_CARD' }))).toMatchObject({ verdict: 'REVIEW', autoDocument: 'DOC_TYPE_MISMATCH' });
  expect(decideVerification(input({ chosenDocumentType: 'RESIDENCE_PERMIT', document: { ...readPassport, documentType: 'ID_CARD' } })).verdict).toBe('APPROVE');
  expect(decideVerification(input({ policy: policy({ allowedCountries: ['FRA', 'NLD'] }) }))).toMatchObject({ verdict: 'REVIEW', autoDocument: 'COUNTRY_MISMATCH' });
  expect(decideVerification(input({ policy: policy({ allowedCountries: ['DEU'] }) })).verdict).toBe('APPROVE');
  expect(decideVerification(input({ policy: policy({ allowedDocumentTypes: ['ID_CARD'] }) }))).toMatchObject({ verdict: 'REVIEW', autoDocument: 'DOC_NOT_SUPPORTED' });
  const young = decideVerification(input({ document: { ...readPassport, dateOfBirth: '2008-12-06' }, policy: policy({ minimumAge: 18 }) }));
  expect(young).toMatchObject({ verdict: 'REVIEW', mismatchTags: ['UNDER_AGE'] });
  expect(decideVerification(input({ document: { ...readPassport, dateOfBirth: '2008-12-05' }, policy: policy({ minimumAge: 18 }) })).verdict).toBe('APPROVE');
});

test('supplied data that disagrees, a reused document or a visual zone that disagrees: review, never approval', () => {
  expect(decideVerification(input({ mismatchTags: ['NAME'] }))).toMatchObject({ verdict: 'REVIEW', mismatchTags: ['NAME'], autoDocument: 'DOC_INFO_MISMATCH' });
  expect(decideVerification(input({ fraudTags: [DUPLICATE_DOCUMENT_TAG] }))).toMatchObject({ verdict: 'REVIEW', reasons: [DUPLICATE_DOCUMENT_TAG] });
  expect(decideVerification(input({ document: { ...readPassport, visualZoneDisagreements: ['surname'] } })).verdict).toBe('REVIEW');
  // An unreadable visual zone is no evidence either way: it does not stop an approval.
  expect(decideVerification(input({ document: { ...readPassport, visualZoneDisagreements: null } })).verdict).toBe('APPROVE');
});

test('auto-approval off: everything goes to review with the findings', () => {
  const decision = decideVerification(input({ policy: policy({ autoApprove: false }) }));
  expect(decision).toMatchObject({ verdict: 'REVIEW', autoDocument: 'DOC_VALIDATED', autoFace: 'FACE_MATCH' });
});

test('flows: a document alone can be approved; a selfie alone cannot', () => {
  expect(decideVerification(input({ flow: 'DOCUMENT', face: null }))).toMatchObject({ verdict: 'APPROVE', autoFace: null });
  expect(decideVerification(input({ flow: 'SELFIE', chosenDocumentType: null, document: null }))).toMatchObject({ verdict: 'REVIEW', autoDocument: null });
  expect(decideVerification(input({ document: { ...readPassport, documentFaceFound: false } }))).toMatchObject({ verdict: 'REVIEW', autoDocument: 'DOC_FACE_NOT_FOUND' });
});

test('age in whole years, birthdays counted on the day', () => {
  expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
  expect(ageOn('2000-02-29', '2018-03-01')).toBe(18);
  expect(ageOn('1990-12-05', '2026-12-05')).toBe(36);
});
