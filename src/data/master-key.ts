/**
 * Where the master key comes from: env `BASTION_MASTER_KEY` (base64, 32 bytes)
 * or the file `<dataDir>/master.key` (base64, mode 0600, created on first
 * start). It is never written to the database.
 *
 * During a rotation the outgoing key is available as
 * `BASTION_MASTER_KEY_PREVIOUS` or `<dataDir>/master.key.previous`, so data
 * keys not yet re-wrapped stay readable.
 */
import { chmod, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SecretKey } from './crypto.js';

export const MASTER_KEY_ENV = 'BASTION_MASTER_KEY';
export const PREVIOUS_KEY_ENV = 'BASTION_MASTER_KEY_PREVIOUS';
export const MASTER_KEY_FILE = 'master.key';

export interface MasterKeys {
  current: SecretKey;
  /** Keys that may still wrap some data keys (during a rotation). */
  previous: SecretKey[];
  source: 'env' | 'file';
  /** Set when the current key file was created by this call. */
  created: boolean;
}

/** Invalid or unsafe key material; the message never contains key bytes. */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

export function masterKeyPaths(dataDir: string): { current: string; previous: string; next: string } {
  const current = join(dataDir, MASTER_KEY_FILE);
  return { current, previous: `${current}.previous`, next: `${current}.next` };
}

function parseKey(text: string, where: string): SecretKey {
  try {
    return SecretKey.fromBase64(text);
  } catch {
    throw new MasterKeyError(`${where} must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Reads a key file, refusing one that group or others can read. */
export async function readKeyFile(path: string): Promise<SecretKey> {
  const st = await stat(path);
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
    throw new MasterKeyError(`${path} is readable by other users (mode ${(st.mode & 0o777).toString(8)}); run: chmod 600 ${path}`);
  }
  return parseKey(await readFile(path, 'utf8'), path);
}

/** Writes a new key file with mode 0600 without ever replacing an existing file. */
export async function writeKeyFile(path: string, key: SecretKey): Promise<void> {
  const fh = await open(path, 'wx', 0o600);
  try {
    await fh.writeFile(`${key.exportBase64()}\n`, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await chmod(path, 0o600);
}

export async function loadMasterKeys(opts: { dataDir: string; env?: NodeJS.ProcessEnv; create?: boolean }): Promise<MasterKeys> {
  const env = opts.env ?? process.env;
  const paths = masterKeyPaths(opts.dataDir);
  const fromEnv = env[MASTER_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const prev = env[PREVIOUS_KEY_ENV];
    return {
      current: parseKey(fromEnv, MASTER_KEY_ENV),
      previous: prev ? [parseKey(prev, PREVIOUS_KEY_ENV)] : [],
      source: 'env',
      created: false,
    };
  }
  const previous = (await exists(paths.previous)) ? [await readKeyFile(paths.previous)] : [];
  if (await exists(paths.current)) {
    return { current: await readKeyFile(paths.current), previous, source: 'file', created: false };
  }
  if (previous.length > 0 || (await exists(paths.next))) {
    throw new MasterKeyError(`${paths.current} is missing but a rotation left ${paths.previous} or ${paths.next}; finish it with \`bastion data rotate-key\``);
  }
  if (opts.create === false) throw new MasterKeyError(`no master key: set ${MASTER_KEY_ENV} or create ${paths.current}`);
  await mkdir(opts.dataDir, { recursive: true, mode: 0o700 });
  const key = SecretKey.generate();
  await writeKeyFile(paths.current, key);
  return { current: key, previous, source: 'file', created: true };
}

/**
 * File-mode rotation, step 1: installs a fresh current key and keeps the
 * outgoing one as `master.key.previous`. Resumable: an interrupted rotation
 * (a `.previous` or `.next` file left behind) is completed, not restarted.
 */
export async function beginFileRotation(dataDir: string): Promise<MasterKeys> {
  const paths = masterKeyPaths(dataDir);
  if (await exists(paths.previous)) {
    if (!(await exists(paths.current))) {
      if (!(await exists(paths.next))) throw new MasterKeyError(`${paths.current} is missing; restore it or ${paths.next} before rotating`);
      await rename(paths.next, paths.current);
    }
  } else {
    if (!(await exists(paths.current))) throw new MasterKeyError(`no ${paths.current} to rotate`);
    if (!(await exists(paths.next))) await writeKeyFile(paths.next, SecretKey.generate());
    await readKeyFile(paths.next);
    await rename(paths.current, paths.previous);
    await rename(paths.next, paths.current);
  }
  return loadMasterKeys({ dataDir, env: {}, create: false });
}

/**
 * File-mode rotation, last step, once every data key is re-wrapped: deletes
 * the outgoing key, or with `keep` renames it to `master.key.retired-<time>`
 * (never loaded again; only for restoring old backups).
 */
export async function retirePreviousKeyFile(dataDir: string, opts: { keep?: boolean; now?: Date } = {}): Promise<string | null> {
  const { previous, current } = masterKeyPaths(dataDir);
  if (!(await exists(previous))) return null;
  if (opts.keep) {
    const retired = `${current}.retired-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
    await rename(previous, retired);
    return retired;
  }
  await unlink(previous);
  return previous;
}
