/**
 * A PHP web shell to be planted: the one-line shell (`<?php system($_GET['c']); ?>`: a command function fed straight
 * from the request) with an order to upload, write or save it. `command.php_webshell_drop`. A shell found on a server,
 * logged, or named in a detection rule is a report, not a plant (`unless`). Decision-only, with a cheap `requires` cue.
 */
import type { Rule } from './rules.js';
import { unicodeBoundaries } from './word-boundary.js';

const r = (s: string): RegExp => new RegExp(unicodeBoundaries(s.normalize('NFKC')), 'u');

export const WEBSHELL_RULES: readonly Rule[] = [
  { id: 'command.php_webshell_drop', category: 'command', score: 0.6, toolScore: 0.9, decisionOnly: true,
    re: /<\?php[^\n]{0,40}?\b(?:system|exec|passthru|shell_exec|popen|proc_open|eval|assert)\s{0,2}\(\s{0,2}\$_(?:get|post|request|cookie)\b/u,
    requires: r('\\b(?:upload|uploads|uploading|write|save|put|drop|deploy|place|plant|create|store|add)\\b'),
    unless: r('\\b(?:found|discovered|logged|quarantined|yara|sigma|semgrep|detection rule|what does (?:this|it) do)\\b') },
];
