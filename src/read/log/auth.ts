// Well-known authentication messages inside syslog lines (auth.log / secure), as named fields:
//   sshd  → ssh.event, ssh.method, ssh.user, ssh.source_ip, ssh.source_port, ssh.key_type, ssh.key_fingerprint
//   sudo  → sudo.user, sudo.tty, sudo.pwd, sudo.run_as, sudo.command
//   pam_* → pam.user (session opened/closed), pam.rhost / pam.ruser (authentication failure)
// Each pattern is anchored and has no nested quantifiers. Messages of other shapes add nothing.
import type { RecordBuilder } from './record.js';

type SshShape = [event: string, re: RegExp, groups: ('method' | 'user' | 'source_ip' | 'source_port' | 'key_type' | 'key_fingerprint')[]];

const SSH: SshShape[] = [
  [
    'accepted',
    /^Accepted (\S+) for (\S+) from (\S+) port (\d+)(?: ssh2)?(?:: (\S+) (\S+))?/,
    ['method', 'user', 'source_ip', 'source_port', 'key_type', 'key_fingerprint'],
  ],
  ['failed', /^Failed (\S+) for (?:invalid user )?(\S*) from (\S+) port (\d+)/, ['method', 'user', 'source_ip', 'source_port']],
  ['invalid_user', /^(?:Invalid|Illegal) user (\S*) from (\S+)(?: port (\d+))?/, ['user', 'source_ip', 'source_port']],
  ['invalid_user', /^input_userauth_request: invalid user (\S*)/, ['user']],
  [
    'max_auth_attempts',
    /^error: maximum authentication attempts exceeded for (?:invalid user )?(\S*) from (\S+) port (\d+)/,
    ['user', 'source_ip', 'source_port'],
  ],
  [
    'disconnected',
    /^(?:Disconnected from|Received disconnect from|Connection closed by)(?: (?:invalid|authenticating) user (\S*))? (\S+) port (\d+)/,
    ['user', 'source_ip', 'source_port'],
  ],
  ['connection', /^Connection from (\S+) port (\d+)/, ['source_ip', 'source_port']],
  ['no_identification', /^Did not receive identification string from (\S+)/, ['source_ip']],
  ['session_start', /^Starting session: \S+ on \S+ for (\S+) from (\S+) port (\d+)/, ['user', 'source_ip', 'source_port']],
];

const SUDO = /^\s*(\S+) : (.*)$/;
const SUDO_KEYS: Record<string, string> = { TTY: 'tty', PWD: 'pwd', USER: 'run_as', COMMAND: 'command' };
const PAM_SESSION = /^pam_\w+\([^)]*\): session (?:opened|closed) for user (\S+)/;
const PAM_FAILURE = /^pam_\w+\([^)]*\): authentication failure;/;
const PAM_PAIR = /\b(rhost|ruser|user)=(\S+)/g;

export function addAuthFields(app: string | null, message: string, rec: RecordBuilder): void {
  if (app === 'sshd') sshFields(message, rec);
  else if (app === 'sudo') sudoFields(message, rec);
  pamFields(message, rec);
}

function sshFields(message: string, rec: RecordBuilder): void {
  for (const [event, re, groups] of SSH) {
    const m = re.exec(message);
    if (!m) continue;
    rec.add('ssh.event', event);
    groups.forEach((g, i) => {
      const v = m[i + 1];
      if (v === undefined) return;
      rec.add(`ssh.${g}`, g === 'source_port' ? Number(v) : v);
    });
    return;
  }
}

/** `ubuntu : TTY=pts/0 ; PWD=/home/ubuntu ; USER=root ; COMMAND=/usr/bin/vim x` */
function sudoFields(message: string, rec: RecordBuilder): void {
  const m = SUDO.exec(message);
  if (!m) return;
  rec.add('sudo.user', m[1]);
  // COMMAND is last and may itself contain ' ; ', so it takes the rest of the line.
  const cmd = m[2].indexOf('COMMAND=');
  const head = cmd >= 0 ? m[2].slice(0, cmd) : m[2];
  for (const part of head.split(' ; ')) {
    const eq = part.indexOf('=');
    const key = eq > 0 ? SUDO_KEYS[part.slice(0, eq).trim()] : undefined;
    if (key && key !== 'command') rec.add(`sudo.${key}`, part.slice(eq + 1).trim());
  }
  if (cmd >= 0) rec.add('sudo.command', m[2].slice(cmd + 'COMMAND='.length));
}

function pamFields(message: string, rec: RecordBuilder): void {
  if (!message.startsWith('pam_')) return;
  const session = PAM_SESSION.exec(message);
  if (session) {
    rec.add('pam.user', session[1]);
    return;
  }
  if (!PAM_FAILURE.test(message)) return;
  for (const m of message.matchAll(PAM_PAIR)) rec.add(`pam.${m[1]}`, m[2]);
}
