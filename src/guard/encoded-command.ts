/**
 * Shell or code execution inside an encoded payload. Shell code in plain text is no attack (people ask about
 * commands all day); the same code hidden in base64, hex, URL-encoding, rot13 or binary is: nobody encodes
 * `curl … | sh` to learn what it does. Only the decoded reading of such a segment is tested, and only a short one
 * (a one-liner, not a pasted script or a config blob), so prose, images, certificates and JSON in base64 never
 * reach the patterns. Each pattern is a bounded window: linear in the decoded text.
 */
import type { Transform } from './normalize.js';
import type { RuleHit } from './rules.js';

/** Encodings a person uses to hide a payload (not the joined fragments, leetspeak or a guessed Caesar shift). */
export const HIDING_ENCODINGS: ReadonlySet<Transform> = new Set<Transform>(['base64', 'hex', 'url_encoding', 'rot13', 'binary']);

/** A decoded one-liner longer than this is a pasted script or data, not a hidden command. */
export const MAX_ENCODED_COMMAND_CHARS = 400;

const CMD = '(?:ls|cat|id|whoami|uname|touch|rm|curl|wget|nc|ncat|bash|sh|zsh|python[23]?|perl|ruby|php|node|chmod|chown|sudo|echo|ping|nslookup|powershell|cmd|mkfifo|dd|kill|reboot|shutdown|crontab|useradd|passwd|base64)';

const EXECUTION = new RegExp([
  // A call that runs a command or code: System("ls -al /"), system "…" (Perl), os.popen(…), eval(…), exec(…).
  `\\b(?:os\\.)?(?:system|popen|passthru|shell_exec|proc_open|execsync|spawnsync|execvp?|spawn)\\s{0,3}[( ]\\s{0,3}[\\['"\`]`,
  '\\b(?:eval|exec|compile)\\s{0,3}\\(',
  '\\bsubprocess\\.[a-z_]{1,14}\\(|\\bchild_process\\b|\\bruntime\\.getruntime\\(\\)\\.exec|\\bimport\\s{1,3}(?:os|subprocess|pty)\\b|\\bpty\\.spawn\\(',
  // Command substitution: $(touch /tmp/x), `ls -al /`.
  `\\$\\(\\s{0,3}${CMD}\\b`, `\`\\s{0,3}${CMD}\\b[^\`\\n]{0,80}\``,
  // Download and run, reverse shells, wiping, interpreters given code on the command line.
  '\\b(?:curl|wget)\\b[^|\\n]{0,200}\\|\\s{0,5}(?:sudo\\s{1,5})?(?:ba|z|da|k)?sh\\b', '/dev/tcp/', '\\bnc(?:at)?\\b[^\\n]{0,40}\\s-[ec]\\s',
  '\\bbash\\s{1,3}-[ic]\\b', '\\brm\\s{1,3}-[a-z]{0,3}[rf]', '\\b(?:python[23]?|perl|ruby|php|node)\\s{1,3}-[ce]\\s', '\\bmkfifo\\b',
  '\\bpowershell\\b[^\\n]{0,40}\\s-(?:enc|e|c|command|encodedcommand|nop)\\b', '\\biex\\s{0,3}\\(', '\\bdownloadstring\\s{0,3}\\(',
  '\\bchmod\\s{1,3}(?:\\+x|[0-7]{3,4}|u\\+s)\\b', '/etc/(?:passwd|shadow|sudoers)\\b', '\\bsudo\\s{1,3}[a-z]',
  // Chained commands: "; cat …", "&& rm …", "| sh".
  `(?:;|&&|\\|\\|)\\s{0,3}${CMD}\\b\\s`, '\\|\\s{0,3}(?:ba|z)?sh\\s{0,3}$',
].join('|'));

/** The hit for a decoded reading (already normalised and lower-cased) of a segment hidden with `via`, or null. */
export function encodedCommand(via: Transform, decodedLower: string): RuleHit | null {
  if (!HIDING_ENCODINGS.has(via) || decodedLower.length > MAX_ENCODED_COMMAND_CHARS) return null;
  if (!EXECUTION.test(decodedLower)) return null;
  // Decides, but is no classifier feature: it fires on a handful of training rows only.
  return { id: 'command.encoded_payload', category: 'command', score: 0.7, decisionOnly: true };
}
