/**
 * The `bastion` command: parses the subcommand and hands off to a testable
 * function. Subcommands load lazily so `bastion keys …` does not load llama.cpp.
 */
import { UsageError, takeStoreEnv, type CliIO } from './args.js';

const HELP = `Usage: bastion <command> [options]

Commands:
  start                 run control plane, gateway and (if needed) the embedded model worker
  keys create|list|revoke    API keys         (works with or without a running server)
  users create|list|suspend|activate|set-role
  teams create|list|set-models|delete
  guard scan|eval       run the prompt guard over JSON lines
  inference             serve a GGUF model with llama.cpp (OpenAI-compatible)
  audit verify|export   check the tamper-evident audit log, export it
  retention run|status  purge data past its retention period
  data rotate-key       rotate the master key of data at rest

Run 'bastion <command> --help' for a command's options.`;

export async function main(argv: string[], io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'start':
        return await (await import('./start.js')).runStart(rest, io, env);
      case 'keys':
      case 'users':
      case 'teams': {
        const s = takeStoreEnv(rest, env);
        const { cliAuditEvents } = await import('./audit-events.js');
        return await (await import('./identity.js')).runIdentityCommand(cmd, s.argv, io, { ...s.env, events: cliAuditEvents(s.env.dataDir) });
      }
      case 'guard':
        return await (await import('./guard.js')).runGuardCommand(rest, io);
      case 'inference':
        return await (await import('./inference.js')).runInferenceCommand(rest, io);
      case 'audit': {
        const s = takeStoreEnv(rest, env);
        return await (await import('./audit.js')).runAuditCommand(s.argv, io, s.env);
      }
      case 'data': {
        const s = takeStoreEnv(rest, env);
        return await (await import('../data/rotate-command.js')).runRotateKeyCommand(s.argv, io, s.env);
      }
      case 'retention': {
        const s = takeStoreEnv(rest, env);
        return await (await import('./retention.js')).runRetentionCommand(s.argv, io, s.env);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP + '\n');
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`bastion: ${e.message}\n${cmd && cmd !== 'start' ? '' : HELP + '\n'}`);
      return 2;
    }
    io.stderr.write(`bastion: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
