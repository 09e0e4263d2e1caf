/** Webhook signatures: Standard Webhooks conformance vectors, receiver rules, the public library as verifier, iDenfy format. */
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  idenfySignature,
  newWebhookSecret,
  secretKeyBytes,
  signStandard,
  standardWebhookHeaders,
  verifyStandard,
} from '../../../lib/webhooks/signing';

// The v1 vectors of shared/conformance/standard-webhooks-vectors.json (from the reference libraries' own tests).
const V1_VECTORS = [
  {
    name: 'A-v1',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    msgId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    payload: '{"test": 2432232314}',
    expected: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    mustReject: ['v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=', 'v1,', 'v1,dawfeoifkpqwoekfpqoekf', 'v1,g0hM9SsE'],
  },
  {
    name: 'B-v1',
    secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
    msgId: 'msg_27UH4WbU6Z5A5EzD8u03UvzRbpk',
    timestamp: 1649367553,
    payload: '{"email":"test@example.com","username":"test_user"}',
    expected: 'v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=',
    mustReject: ['v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU='],
  },
];
const [A] = V1_VECTORS as [(typeof V1_VECTORS)[number]];
// Vector C's ed25519 signature: a version this signer does not produce, so receivers skip it.
const V1A_SIGNATURE = 'v1a,tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==';

const nowSeconds = () => Math.floor(Date.now() / 1000);

function vectorAHeaders(overrides: Record<string, string | undefined> = {}) {
  return {
    'webhook-id': A.msgId,
    'webhook-timestamp': String(A.timestamp),
    'webhook-signature': A.expected,
    ...overrides,
  };
}

const verifyVectorA = (headers: Record<string, string | undefined>, now = A.timestamp) =>
  verifyStandard({ secret: A.secret, headers, body: A.payload, now });

describe('conformance vectors', () => {
  test.each(V1_VECTORS)('$name: signStandard and standardWebhookHeaders reproduce the expected signature', (vector) => {
    expect(signStandard(vector.secret, vector.msgId, vector.timestamp, vector.payload)).toBe(vector.expected);
    expect(
      standardWebhookHeaders({ id: vector.msgId, timestamp: vector.timestamp, body: vector.payload, secrets: [vector.secret] }),
    ).toEqual({ 'webhook-id': vector.msgId, 'webhook-timestamp': String(vector.timestamp), 'webhook-signature': vector.expected });
  });

  test.each(V1_VECTORS)('$name: the expected signature verifies and every mustReject signature is rejected', (vector) => {
    const verify = (signature: string) =>
      verifyStandard({
        secret: vector.secret,
        headers: { 'webhook-id': vector.msgId, 'webhook-timestamp': String(vector.timestamp), 'webhook-signature': signature },
        body: vector.payload,
        now: vector.timestamp,
      });
    expect(verify(vector.expected)).toBe(true);
    expect(vector.mustReject.map(verify)).toEqual(vector.mustReject.map(() => false));
  });

  test.each(V1_VECTORS)('$name: the public standardwebhooks library signs the same value', (vector) => {
    const signature = new Webhook(vector.secret).sign(vector.msgId, new Date(vector.timestamp * 1000), vector.payload);
    expect(signature).toBe(vector.expected);
  });
});

describe('receiver rules (verifyStandard)', () => {
  test.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('a missing %s header is rejected', (name) => {
    expect(verifyVectorA(vectorAHeaders())).toBe(true);
    expect(verifyVectorA(vectorAHeaders({ [name]: undefined }))).toBe(false);
    expect(verifyVectorA(vectorAHeaders({ [name]: '' }))).toBe(false);
  });

  test.each(['1614265330a', 'abc', '1614265330.0', '-1614265330', ' 1614265330'])('timestamp %j is rejected as non-numeric', (timestamp) => {
    expect(verifyVectorA(vectorAHeaders({ 'webhook-timestamp': timestamp }))).toBe(false);
  });

  test('a timestamp more than 300 s in the past is rejected; exactly 300 s passes', () => {
    expect(verifyVectorA(vectorAHeaders(), A.timestamp + 300)).toBe(true);
    expect(verifyVectorA(vectorAHeaders(), A.timestamp + 301)).toBe(false);
  });

  test('a timestamp more than 300 s in the future is rejected; exactly 300 s passes', () => {
    expect(verifyVectorA(vectorAHeaders(), A.timestamp - 300)).toBe(true);
    expect(verifyVectorA(vectorAHeaders(), A.timestamp - 301)).toBe(false);
  });

  test('toleranceSeconds overrides the 300 s window', () => {
    const headers = vectorAHeaders();
    expect(verifyStandard({ secret: A.secret, headers, body: A.payload, now: A.timestamp + 60, toleranceSeconds: 60 })).toBe(true);
    expect(verifyStandard({ secret: A.secret, headers, body: A.payload, now: A.timestamp + 61, toleranceSeconds: 60 })).toBe(false);
  });

  test('without `now`, the current time is used', () => {
    const timestamp = nowSeconds();
    const headers = standardWebhookHeaders({ id: 'msg_now', timestamp, body: '{}', secrets: [A.secret] });
    expect(verifyStandard({ secret: A.secret, headers, body: '{}' })).toBe(true);
    const stale = standardWebhookHeaders({ id: 'msg_now', timestamp: timestamp - 3600, body: '{}', secrets: [A.secret] });
    expect(verifyStandard({ secret: A.secret, headers: stale, body: '{}' })).toBe(false);
  });

  test('several space-separated signatures pass when any one matches, in any position', () => {
    const wrong = A.mustReject[0]!;
    expect(verifyVectorA(vectorAHeaders({ 'webhook-signature': `${wrong} ${A.expected}` }))).toBe(true);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-signature': `${A.expected} ${wrong}` }))).toBe(true);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-signature': `${wrong} v1,` }))).toBe(false);
  });

  test('unknown versions are skipped: v9 carrying the right MAC does not count, and does not block a valid v1', () => {
    const mac = A.expected.slice('v1,'.length);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-signature': `v9,${mac}` }))).toBe(false);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-signature': `v9,${mac} ${V1A_SIGNATURE} ${A.expected}` }))).toBe(true);
  });

  test('a changed body, id or timestamp is rejected', () => {
    expect(verifyStandard({ secret: A.secret, headers: vectorAHeaders(), body: `${A.payload} `, now: A.timestamp })).toBe(false);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-id': `${A.msgId}x` }))).toBe(false);
    expect(verifyVectorA(vectorAHeaders({ 'webhook-timestamp': String(A.timestamp + 1) }))).toBe(false);
  });

  test('header names are matched case-insensitively', () => {
    const headers = { 'Webhook-Id': A.msgId, 'Webhook-Timestamp': String(A.timestamp), 'Webhook-Signature': A.expected };
    expect(verifyVectorA(headers)).toBe(true);
  });
});

describe('independent verification with the public standardwebhooks library', () => {
  const body = JSON.stringify({ type: 'session.completed', data: { sessionId: 'ses_123', status: 'APPROVED' } });

  test('headers from standardWebhookHeaders verify with Webhook(secret).verify', () => {
    const secret = newWebhookSecret();
    const headers = standardWebhookHeaders({ id: 'msg_independent', timestamp: nowSeconds(), body, secrets: [secret] });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow('No matching signature found');
  });

  test('rotation: headers signed with [new, old] carry two signatures and verify with either secret alone', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = standardWebhookHeaders({ id: 'msg_rotation', timestamp: nowSeconds(), body, secrets: [current, previous] });
    const signatures = headers['webhook-signature'].split(' ');
    expect(signatures).toEqual([
      signStandard(current, 'msg_rotation', Number(headers['webhook-timestamp']), body),
      signStandard(previous, 'msg_rotation', Number(headers['webhook-timestamp']), body),
    ]);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(verifyStandard({ secret: current, headers, body })).toBe(true);
    expect(verifyStandard({ secret: previous, headers, body })).toBe(true);
  });

  test('signing a delivery needs at least one secret', () => {
    expect(() => standardWebhookHeaders({ id: 'msg_none', timestamp: nowSeconds(), body, secrets: [] })).toThrow(
      new Error('at least one webhook secret is required to sign a delivery'),
    );
  });
});

describe('secrets', () => {
  test('newWebhookSecret is whsec_ + base64 of 24 random bytes, round-trips through secretKeyBytes, and is accepted by the public library', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const key = secretKeyBytes(secret);
    expect(key).toHaveLength(24);
    expect(`whsec_${key.toString('base64')}`).toBe(secret);
    expect(newWebhookSecret()).not.toBe(secret);

    const timestamp = nowSeconds();
    const libraryHeaders = {
      'webhook-id': 'msg_library',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': new Webhook(secret).sign('msg_library', new Date(timestamp * 1000), '{}'),
    };
    expect(verifyStandard({ secret, headers: libraryHeaders, body: '{}' })).toBe(true);
  });

  test('secretKeyBytes decodes the vector secret', () => {
    expect(secretKeyBytes(A.secret).toString('hex')).toBe('31f290f6bf06298aab4f08d43c3f082cf648a362da2da4b0');
  });

  test.each([
    ['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'webhook secret must start with "whsec_"'],
    ['whsec_', 'webhook secret must be "whsec_" followed by non-empty standard base64'],
    ['whsec_not base64!', 'webhook secret must be "whsec_" followed by non-empty standard base64'],
    ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS', 'webhook secret must be "whsec_" followed by non-empty standard base64'],
  ])('secretKeyBytes(%j) throws', (secret, message) => {
    expect(() => secretKeyBytes(secret)).toThrow(new Error(message));
  });
});

describe('iDenfy signature', () => {
  test('is the lowercase hex HMAC-SHA256 of the raw body keyed with the secret text, as iDenfy’s examples verify it', () => {
    const body = JSON.stringify({ clientId: 'client-1', status: { overall: 'APPROVED' } });
    const independent = createHmac('sha256', A.secret).update(body).digest('hex');
    expect(idenfySignature(A.secret, body)).toBe(independent);
  });

  test('matches a fixed value computed with openssl', () => {
    // printf '%s' '{"test": 2432232314}' | openssl dgst -sha256 -hmac 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    expect(idenfySignature(A.secret, A.payload)).toBe('80ec8a89ce3cd22133a1066caecb4d04fea7467657c8514d717ec42c38a5c94c');
  });
});
