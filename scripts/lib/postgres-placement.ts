/**
 * Where the embedded PostgreSQL's binaries and data live, and as whom it runs.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user — which must be able to reach
 * its binaries and its data directory. A checkout in a private directory (mode 0700: a clone under /root, any
 * `mktemp -d` directory) is out of that user's reach. Rather than loosen the permissions of the person's own
 * directories, the binaries are copied once per package version into a shared cache, and the data lives in a
 * directory of its own under /var/lib, linked from the project's data directory so it still shows up there.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { ServiceStartError } from './service-start-error';

export interface PostgresPlacement {
  /** Folder holding `bin/`, `lib/` and `share/` of the PostgreSQL build. */
  installDir: string;
  /** The data directory's real path (never through a link the server could not follow). */
  dataDir: string;
  /** Set when running as root: the server and initdb run as this user. */
  runAs?: { uid: number; gid: number };
}

const SERVICE = 'Embedded PostgreSQL';
const BINARY_CACHE = '/var/cache/magic-link-verify';
const RELOCATED_DATA = '/var/lib/magic-link-verify';

export function placePostgres(options: { installDir: string; version: string; dataDir: string; log: (line: string) => void }): PostgresPlacement {
  const dataDir = path.resolve(options.dataDir);
  if (process.getuid?.() !== 0) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return { installDir: options.installDir, dataDir };
  }
  const runAs = postgresSystemUser();
  const installDir = canReach(options.installDir, runAs) ? options.installDir : cachedInstall(options.installDir, options.version, options.log);
  return { installDir, dataDir: reachableDataDir(dataDir, runAs, options.log), runAs };
}

function postgresSystemUser(): { uid: number; gid: number } {
  const ids = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) });
  try {
    return ids();
  } catch {
    // No such user yet (a fresh container): create a system account without a login.
  }
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'pipe' });
    return ids();
  } catch (error) {
    throw new ServiceStartError(SERVICE, 'PostgreSQL does not run as root, and no `postgres` system user exists or could be created', 'Create one (useradd --system postgres), run as another user, or set DATABASE_URL to a PostgreSQL server you run', String(error));
  }
}

/** Whether `user` can search every directory from / down to `target` (owner, group and other bits; ACLs ignored). */
function canReach(target: string, user: { uid: number; gid: number }): boolean {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.push(dir);
    if (path.dirname(dir) === dir) break;
  }
  return chain.every((dir) => {
    if (!existsSync(dir)) return true;
    const { mode, uid, gid } = statSync(dir);
    if (uid === user.uid) return (mode & 0o100) !== 0;
    if (gid === user.gid) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  });
}

/** A copy of the binaries the `postgres` user can run, one per package version, made atomically (rename). */
function cachedInstall(installDir: string, version: string, log: (line: string) => void): string {
  const target = path.join(BINARY_CACHE, `postgres-${version}-${process.platform}-${process.arch}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  log(`Copying the PostgreSQL binaries to ${target}, where the postgres user can run them (once per version)…`);
  mkdirSync(BINARY_CACHE, { recursive: true });
  chmodSync(BINARY_CACHE, 0o755);
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(installDir, staging, { recursive: true, verbatimSymlinks: true });
  openToEveryone(staging);
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another start made the same copy at the same moment: keep theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
  }
  return target;
}

/** Readable by all, directories and executables searchable/runnable by all, whatever the umask of the copy was. */
function openToEveryone(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      openToEveryone(full);
    } else {
      const mode = statSync(full).mode & 0o777;
      chmodSync(full, mode & 0o100 ? mode | 0o555 : mode | 0o444);
    }
  }
}

/**
 * The project's data directory when the `postgres` user can reach it; otherwise a directory of its own under
 * /var/lib (named by a hash of the project's path, so each checkout keeps its own data), linked from the project's.
 */
function reachableDataDir(dataDir: string, runAs: { uid: number; gid: number }, log: (line: string) => void): string {
  const link = lstatIfExists(dataDir);
  if (link?.isSymbolicLink()) return ownedBy(path.resolve(path.dirname(dataDir), readlinkSync(dataDir)), runAs);
  if (canReach(path.dirname(dataDir), runAs)) return ownedBy(dataDir, runAs);
  if (link && existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new ServiceStartError(SERVICE, `its data in ${dataDir} was created where the postgres user could reach it, and no longer can`, `Move the project back, or move that folder to ${RELOCATED_DATA}/ and link it from ${dataDir}`);
  }
  const relocated = path.join(RELOCATED_DATA, `postgres-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
  log(`The postgres user cannot reach ${path.dirname(dataDir)} (a private directory): its data lives in ${relocated}, linked from ${dataDir}.`);
  mkdirSync(RELOCATED_DATA, { recursive: true });
  chmodSync(RELOCATED_DATA, 0o755);
  if (link) rmSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  symlinkSync(relocated, dataDir);
  return ownedBy(relocated, runAs);
}

function ownedBy(dir: string, owner: { uid: number; gid: number }): string {
  mkdirSync(dir, { recursive: true });
  chownSync(dir, owner.uid, owner.gid);
  chmodSync(dir, 0o700);
  return dir;
}

function lstatIfExists(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}
