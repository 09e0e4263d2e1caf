/**
 * Prisma CLI configuration. Prisma 6.19 runs fully offline here through driver adapters: the CLI uses its bundled
 * WebAssembly schema engine (`engine: 'js'`) and talks to PostgreSQL through `pg`, so no engine binary is downloaded.
 *
 * Workaround for prisma/orm#27403 (delete when upstream maps these types): the schema engine's catalog queries
 * return columns of PostgreSQL's `name` (OID 19) and `"char"` (OID 18) types, which @prisma/adapter-pg cannot
 * deserialize ("Column type 'name' could not be deserialized"). The pg client used by migrations reports those
 * columns as `text` (OID 25); their text values are identical.
 *
 * Workaround for prisma/orm#29635 (delete when upstream fixes it): PostgreSQL 18 records every NOT NULL as a
 * `pg_constraint` row (contype 'n'); the schema engine's check-constraint query lets those rows through and then
 * panics on them ("RuntimeError: unreachable" from `migrate diff` against the embedded PostgreSQL 18). That query
 * also leaves out 'n' here; nullability is read from `pg_attribute` anyway.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parse as parseConnectionString } from 'pg-connection-string';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

interface RowDescription {
  fields: { dataTypeID: number }[];
}

const CONSTRAINTS_FILTER = "contype NOT IN ('p', 'u', 'f')";
const CONSTRAINTS_FILTER_WITHOUT_NOT_NULL = "contype NOT IN ('p', 'u', 'f', 'n')";

function withoutNotNullConstraints(query: unknown): unknown {
  if (typeof query === 'string') return query.replace(CONSTRAINTS_FILTER, CONSTRAINTS_FILTER_WITHOUT_NOT_NULL);
  if (query && typeof query === 'object' && 'text' in query && typeof query.text === 'string') {
    return { ...query, text: query.text.replace(CONSTRAINTS_FILTER, CONSTRAINTS_FILTER_WITHOUT_NOT_NULL) };
  }
  return query;
}

type AnyQuery = (...args: unknown[]) => unknown;

class CatalogAsTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const query = (this.query as AnyQuery).bind(this);
    (this as unknown as { query: AnyQuery }).query = (first: unknown, ...rest: unknown[]) => query(withoutNotNullConstraints(first), ...rest);
    // Runs before pg's own handler, which builds the result's field list from this message.
    (this as unknown as { connection: NodeJS.EventEmitter }).connection.prependListener(
      'rowDescription',
      (message: RowDescription) => {
        for (const field of message.fields) {
          if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
        }
      },
    );
  }
}

const databaseUrl = process.env.DATABASE_URL;
// The schema's datasource reads DATABASE_URL even for `prisma generate`, which never connects: give it a placeholder
// so a fresh `npm install` can generate the client. Commands that connect use `databaseUrl` and fail clearly without it.
process.env.DATABASE_URL ??= 'postgresql://generate-only.invalid/none';

function migrationPoolConfig(url: string): pg.PoolConfig {
  // Discrete fields rather than a connection string, so a shadow database's name is not overridden by the URL.
  const { host, port, user, password, database } = parseConnectionString(url);
  return {
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    user: user ?? undefined,
    password: password ?? undefined,
    database: database ?? undefined,
    Client: CatalogAsTextClient,
    // The CLI never closes the adapter's pool: let the process exit while its connections are idle.
    allowExitOnIdle: true,
  };
}

class MigrationAdapter extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    if (!databaseUrl) {
      throw new Error('DATABASE_URL is not set. `npm start` and `npm test` set it for you; in production set it for `npm run migrate`.');
    }
    return super.connect();
  }

  // `migrate dev` drops its shadow database while the upstream adapter's shadow pool is still connected, so the
  // drop fails. Close the shadow pool first, then drop.
  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    // From template0, which takes no connections: copying template1 fails while anyone else is connected to it or
    // copying it too ("source database is being accessed by other users"), as when tests create databases at once.
    await admin.executeScript(`CREATE DATABASE "${database}" TEMPLATE template0`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: () => Promise.resolve(new MigrationAdapter(databaseUrl ? migrationPoolConfig(databaseUrl) : {})),
});
