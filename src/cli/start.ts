/** `bastion start`: control plane + gateway (+ embedded inference) in one process. */
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import { ConfigError } from '../config/problems.js';
import { batchedWriter, createLogger } from '../log/logger.js';
import { startBastion } from '../app/bastion.js';
import { parse, UsageError, type CliIO } from './args.js';

export const START_HELP = `Usage: bastion start [options]

  --config FILE      bastion.yaml to load (default: ./bastion.yaml if present; env BASTION_CONFIG)
  --host HOST        listen address (default 127.0.0.1; env BASTION_HOST)
  --port N           listen port (default 8080; env BASTION_PORT)
  --data-dir DIR     data directory for SQLite, keys and models (default ./data; env BASTION_DATA_DIR)
  --backend URL      an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (repeatable);
                     its models are discovered from URL/models
  --model FILE.gguf  serve this GGUF model with the embedded llama.cpp worker
  --no-embedded      with no backend, do not start the embedded worker
Environment: BASTION_DATABASE_URL=postgres://… selects PostgreSQL; BASTION_ADMIN_PASSWORD creates the first admin.`;

export async function runStart(argv: string[], io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parse(argv, {
    config: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    backend: { type: 'string', multiple: true },
    model: { type: 'string' },
    'no-embedded': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { io.stdout.write(START_HELP + '\n'); return 0; }
  const overrides: ConfigOverrides = {};
  if (values.config) overrides.configPath = values.config;
  if (values.host) overrides.host = values.host;
  if (values.port !== undefined) {
    const n = Number(values.port);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port must be a port number (0-65535)');
    overrides.port = n;
  }
  if (values['data-dir']) overrides.dataDir = values['data-dir'];
  if (values.backend) overrides.backendUrls = values.backend;
  let config;
  try {
    config = loadConfig(overrides, env);
  } catch (e) {
    if (e instanceof ConfigError) { io.stderr.write(e.message + '\n'); return 2; }
    throw e;
  }
  const logWriter = batchedWriter(io.stderr);
  const log = createLogger({ write: logWriter });
  const app = await startBastion({
    config, log, env,
    ...(values.model ? { modelFile: values.model } : {}),
    ...(values['no-embedded'] ? { noEmbedded: true } : {}),
    print: (t) => io.stdout.write(t + '\n'),
  });
  await new Promise<void>((resolve) => {
    const stop = (sig: string): void => {
      log.info('shutting down', { signal: sig });
      logWriter.flush(); // written now: a second signal ends the process at once
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      void app.close().then(resolve, resolve);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
  return 0;
}
