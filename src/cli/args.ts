/** Shared CLI plumbing: the data-dir/database environment every offline command uses. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface CliEnv { dataDir: string; databaseUrl?: string }

/** Resolves --data-dir / BASTION_DATA_DIR and BASTION_DATABASE_URL; removes --data-dir from argv. */
export function takeStoreEnv(argv: string[], env: NodeJS.ProcessEnv): { argv: string[]; env: CliEnv } {
  const rest: string[] = [];
  let dataDir = env.BASTION_DATA_DIR || './data';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--data-dir' && i + 1 < argv.length) { dataDir = argv[++i] as string; continue; }
    if (a.startsWith('--data-dir=')) { dataDir = a.slice('--data-dir='.length); continue; }
    rest.push(a);
  }
  const databaseUrl = env.BASTION_DATABASE_URL;
  return { argv: rest, env: { dataDir, ...(databaseUrl ? { databaseUrl } : {}) } };
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parse<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
