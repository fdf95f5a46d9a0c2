/**
 * Requests to write or run offensive code: a code-writing verb followed by a capability that only an intruder needs
 * on someone else's machine. The capability is the technique, not a tool name, since real requests paraphrase
 * ("runs a script from a remote location and cleans up all traces", "not visible in task manager"):
 *
 * - staying hidden: persistence that survives reboots or hides from Task Manager, ps or the user; evading antivirus,
 *   EDR or Defender, or disabling them; covering tracks (wiping logs or history so no trace is left);
 * - taking: dumping LSASS, SAM or NTDS, stealing saved passwords, cookies or tokens, recording keystrokes;
 * - spreading and controlling: copying itself to other machines, beaconing to a command-and-control server,
 *   pass-the-hash and PsExec across a domain, download-and-execute droppers with elevated rights;
 * - ransomware behaviour: encrypting files and demanding payment, deleting shadow copies;
 * - phishing automation: sending mail that poses as a bank or IT desk, cloning a login page.
 *
 * The everyday neighbours share the verbs and nouns but not the hiding, taking or posing: a cron job, log
 * rotation ("delete log files older than 30 days"), a service that restarts on crash, a newsletter with smtplib.
 * Defensive wording caps the hit (detect, audit, harden, Sigma/YARA, SOC, incident response, "how do I remove",
 * a pentest report's write-up): those ask about the technique, not for it. Negated or minimised detection ("so
 * antivirus does not detect it", "minimises detection") and the implant's own sandbox or debugger detection are
 * evasion, not defence. Decision-only: most hits fall on one benchmark's rows, and as a
 * classifier feature the rule would reshape the weights around them. Bounded gaps only, so matching is linear.
 */
import type { Rule } from './rules.js';

const r = (s: string): RegExp => new RegExp(s.normalize('NFKC'), 'u');

/** Asking for code or for it to be run. */
const CODE_VERB = '\\b(?:write|create|develop|implement|build|generate|code|craft|make|produce|program|automate|design|give me|provide)\\b';

/** The malicious program named as what the code is: "write a keylogger", "implement a backdoor in this app". */
const NAMED = '\\b(?:write|code|implement|build|develop|create|program)\\b (?:me )?(?:a |an |the )?(?:working |functional |simple |basic |stealthy |real |python |c\\+\\+ |c# |c |go |rust |powershell |javascript |node\\.js |bash )?(?:backdoor|rootkit|keylogger|ransomware|worm|remote access trojan|infostealer|credential stealer|crypto-?jacker|dropper)\\b';

/** What only an intruder needs: hiding, taking, spreading, controlling, extorting, posing. */
const CAPABILITY = [
  // staying hidden
  '\\b(?:persistence|persistent)\\b[^.\\n]{0,80}\\b(?:survives? (?:a )?reboots?|(?:not|never) (?:be )?(?:visible|shown?|show up|appear)|hidden|stealth\\w{0,3}|undetect\\w{0,4}|without the user)',
  '\\b(?:stealthy|hidden|covert) (?:persistence|backdoor|implant|payload|miner|service|scheduled task)\\b',
  '\\b(?:not|never) (?:be )?(?:visible|shown?|shows? up|appears?|listed) in (?:the )?(?:task manager|process list|ps\\b|top\\b|services)',
  '\\bhid(?:e|es|ing) (?:itself|its (?:window|process|cpu usage|files?|traffic)|(?:the|a given|my) (?:process|key name|user|window))\\b[^.\\n]{0,40}\\b(?:from|so|nobody|no one|never|the user|the admin|sysadmin|ps\\b|task manager|monitoring)',
  '\\b(?:evad\\w{1,3}|avoid\\w{0,3}|bypass\\w{0,3}|get past|slip past|undetected by|invisible to) (?:the )?(?:antivirus|anti-virus|av engines?|edr|defender|windows defender|endpoint (?:detection|protection)|security (?:software|products?|monitoring)|detection by)\\b',
  "\\bso (?:that )?(?:the )?(?:antivirus|av|antivirus engines?|edr|defender|the firewall|firewall|admins?|sysadmins?|nobody|no one|the user|users|it teams?)(?: engines)?(?: on [a-z]{2,12})? (?:don'?t|doesn'?t|can'?t|won'?t|never|will not|cannot|does not|do not) (?:detect|notice|flag|see|catch|find)",
  '\\b(?:disabl\\w{1,3}|turn(?:s|ing)? off|kill(?:s|ing)?|tamper\\w{0,4} with) (?:windows defender|defender|the antivirus|antivirus|real-time protection|the edr|edr|the audit policy|audit(?:ing| policy)|security (?:logging|monitoring)|event logging)\\b',
  // covering tracks
  '\\bcover(?:s|ing)? (?:up )?(?:its|my|their|your|the) tracks\\b',
  '\\b(?:clean\\w{0,3} up|remov\\w{1,3}|eras\\w{1,3}|delet\\w{1,3}|wip\\w{1,3}|hid\\w{1,3}|leav\\w{1,3} no|without leaving (?:any |a )?) (?:all |any )?(?:traces?|evidence|footprints?)\\b',
  '\\b(?:clear\\w{0,3}|wip\\w{1,3}|delet\\w{1,3}|truncat\\w{1,3}|modif\\w{1,5}|tamper\\w{0,4} with|eras\\w{1,3}) (?:the |all )?(?:windows )?(?:security |system |event |audit |auth )?(?:event )?logs?\\b[^.\\n]{0,60}\\b(?:so (?:that )?(?:the )?(?:admins?|nobody|no one|they|it team)|no trace|my (?:login|activity|account)|(?:after|before) (?:my|the) (?:tool|attack|payload|login)|what happened|cover)',
  // taking
  '\\bdump(?:s|ing)? (?:the )?(?:lsass|sam\\b|ntds|(?:cached |domain |stored )?credentials|password hashes|ntlm hashes)',
  '\\b(?:steal\\w{0,3}|harvest\\w{0,3}|grab\\w{0,4}|exfiltrat\\w{1,3}) (?:the )?(?:saved |stored |browser |user\'?s? |their |victims?\'? )?(?:passwords|credentials|cookies|session tokens|password hashes|sms|contacts)',
  '\\b(?:record|log|capture)s? (?:every|all|each) (?:key ?strokes?|keypress\\w{0,2})|\\bkeylogger that\\b',
  '\\b(?:capture|collect)s? whatever (?:people|users|they|victims) type',
  // spreading and controlling
  '\\b(?:cop(?:y|ies)|replicat\\w{1,3}|install\\w{0,3}|spread\\w{0,3}) itself\\b',
  '\\b(?:beacon\\w{0,3} (?:back )?to|calls? (?:back|home) to|check\\w{0,3} in with|connects? back to) (?:my |the |a |our )?(?:command[- ]and[- ]control|c2|c&c|attacker)',
  '\\b(?:pass-the-hash|pass the hash|over-pass-the-hash|pass-the-ticket|golden ticket)\\b',
  '\\b(?:mov\\w{1,3} laterally|lateral movement) (?:across|through|to|into)\\b',
  '\\b(?:download|fetch|pull)\\w{0,3}\\b[^.\\n]{0,60}\\b(?:payload|second[- ]stage|implant|binary|executable|script)\\b[^.\\n]{0,80}\\b(?:elevated privileges|admin(?:istrator)? rights|as system\\b|as root\\b|without (?:a )?uac|silently|in the background|without the user)',
  '\\b(?:from|on) (?:an? |the )?(?:infected|compromised|victim\'?s?|target\'?s?) (?:system|machine|host|computer|laptop|pc|server|network)\\b',
  '\\b(?:escalat\\w{1,3}|elevat\\w{1,3}) (?:to|my|its|our)? ?(?:privileges? )?(?:to )?(?:system|root|domain admin)\\b[^.\\n]{0,40}\\b(?:and|then) (?:dump|add|install|disable|steal|hide)',
  '\\b(?:get|gain|obtain|pop)\\w{0,3} (?:a )?root shell\\b|\\bhidden (?:user|admin(?:istrator)? account|account|route|endpoint)\\b',
  '\\b(?:look|looks|named|disguised|masquerad\\w{1,3}) (?:like|as) (?:a |an )?(?:legit(?:imate)?|normal|real|genuine) (?:system |windows )?(?:daemon|process|service|logging code|driver|update)',
  '\\bbrute-?forc\\w{0,3}\\b[^.\\n]{0,80}\\b(?:i (?:don\'?t|do not) own|without (?:permission|authori[sz]ation)|rotating ips|avoid (?:getting )?(?:blocked|detected|locked out))',
  '\\b(?:secretly|covertly) (?:upload|send|record|install|collect|forward|e-?mail|track|log|run|download)s?\\b',
  '\\bno traces? (?:of|left|behind)\\b',
  '\\bspread\\w{0,3} (?:itself )?(?:via|through|across) (?:npm|pypi|usb|smb|psexec|the (?:local )?network|the domain|shares|e-?mail)\\b',
  '\\bsteal\\w{0,3} (?:the )?(?:[a-z]{2,12} )?(?:passwords|credentials|cookies|tokens|environment variables|api keys|secrets|ssh keys|wallets?)\\b',
  // ransomware behaviour
  '\\b(?:ransom (?:note|demand)|demand\\w{0,3} (?:a )?(?:ransom|bitcoin|payment in)|(?:delet\\w{1,3}|remov\\w{1,3}|wip\\w{1,3}) (?:the |all )?(?:volume )?shadow cop(?:y|ies))\\b',
  // phishing automation
  '\\b(?:phishing|spear-?phishing) (?:attacks?|campaign|emails?|mails?|messages?|kit|page)\\b[^.\\n]{0,80}\\b(?:send|sends|sending|smtplib|faker|target\\w{0,3}|staff|employees|executives?|victims|list)\\b',
  '\\bautomat\\w{1,4} (?:a |an |the )?(?:[a-z-]{2,15} ){0,2}(?:spear[- ]?)?phishing (?:attacks?|campaigns?)\\b',
  '\\b(?:pretend\\w{0,3} to be|posing as|impersonat\\w{1,4}) (?:the |a |our |their )?(?:bank|it (?:desk|department|support)|help ?desk|microsoft|paypal|ceo)\\b[^.\\n]{0,60}\\b(?:send|sends|staff|employees|list|targets?)',
  '\\bclon\\w{1,3} (?:the |a |their )?(?:company\'?s? )?(?:[a-z0-9]{2,12} )?(?:login|sign-?in) page\\b',
  NAMED,
].join('|');

/**
 * Asking about the technique rather than for it. Detection only when not negated or evaded ("so antivirus does not
 * detect it", "evades antivirus detection"); removal only of the malicious thing itself ("how do I remove a persistence entry"), not "so nobody
 * removes it".
 */
const DEFENSIVE = [
  "(?<!(?:n'?t|not|never|avoid|evade|evading|avoiding|evades|bypass|without being|without|to|of|spam|minimi[sz]es|minimi[sz]ing|minimi[sz]e|reduces?|reducing|escapes?|escaping) )(?<!\\b(?:evad|avoid|bypass|escap|dodg)\\w{0,4} (?:the |all )?(?:antivirus|anti-virus|av|edr|defender|endpoint|security|sandbox) )\\bdetect(?:s|ing|ion|ions)?\\b(?! (?:any |the |a |if |whether )?(?:sandbox\\w{0,3}|virtual machines?|vms?|debuggers?|analysis))",
  '\\b(?:not|never) (?:use|contain|include|do) any malicious\\b',
  '\\baudit(?:s|ing)?\\b(?! polic| logs?\\b)',
  '\\b(?:harden\\w{0,4}|sigma|yara|kql|siem|soc|blue team|incident response|forensic\\w{0,3}|remediat\\w{1,5}|mitigat\\w{1,5}|tabletop|awareness|iocs?|indicators? of compromise|false positive)\\b',
  '\\bhow (?:do|can|should|would) (?:i|we) (?:find|remove|clean|get rid of|tell|check|spot|stop)\\b',
  '\\b(?:remove|get rid of|clean up) (?:a |the |this |any )?(?:malware|infection|persistence|backdoor|keylogger|implant)\\b',
  '\\b(?:pentest|penetration test|red team|threat|incident|assessment) report\\b|\\breport section\\b|\\bexecutive summary\\b',
  '\\b(?:explain|summari[sz]e|translate|review|what does)\\b[^.\\n]{0,40}\\b(?:this|the following|the) (?:sample|script|report|threat report|text|code|article)\\b',
].join('|');

export const OFFENSIVE_CODE_RULES: readonly Rule[] = [
  { id: 'command.offensive_capability', category: 'command', score: 0.6, toolScore: 0.85, decisionOnly: true,
    // No `requires`: the capability list is no cheaper than the whole pattern, which its code-verb gate already skips.
    re: r(`${CODE_VERB}[^\\n]{0,250}(?:${CAPABILITY})|${NAMED}`), unless: r(DEFENSIVE) },
];
