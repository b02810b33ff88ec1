import { matchTag, type Detector } from '../../detector.js';

const LEVELS: Record<string, string> = {
  trace: 'trace', debug: 'debug', dbug: 'debug', fine: 'debug', finer: 'debug', finest: 'debug', verbose: 'debug',
  info: 'info', information: 'info', informational: 'info', notice: 'info', config: 'info',
  warn: 'warn', warning: 'warn', wrn: 'warn',
  error: 'error', err: 'error', eror: 'error', severe: 'error',
  crit: 'fatal', critical: 'fatal', fatal: 'fatal', alert: 'fatal', emerg: 'fatal', emergency: 'fatal', panic: 'fatal',
};

export const logLevel: Detector = {
  id: 'internal_meta.log_level',
  category: 'internal_meta',
  description: 'Log severity level (TRACE/DEBUG/INFO/WARN/ERROR/FATAL and syslog names); levels in tags',
  mask: 'none',
  names: {
    exact: ['level', 'loglevel', 'severity', 'lvl', 'levelname', 'logseverity', 'severitytext', 'priority', 'syslogseverity'],
    tokens: [['log', 'level'], ['level'], ['severity'], ['level', 'name'], ['severity', 'text'], ['lvl']],
    negative: [['access'], ['membership'], ['vip'], ['user'], ['game'], ['zoom'], ['education'], ['skill'], ['risk'], ['battery'], ['stock']],
  },
  value: {
    gate: (f) => f.length >= 3 && f.length <= 13 && f.digits === 0 && f.spaces === 0 && f.letters === f.length,
    test(v) {
      const l = LEVELS[v.toLowerCase()];
      return l ? matchTag(l) : null;
    },
    weight: 0.75,
  },
  // A column of log levels repeats a handful of words.
  field: (s, e) => (e.checked >= 20 && s.distinct > 12 ? 0.3 : 1),
  examples: {
    valid: ['INFO', 'warn', 'ERROR', 'Debug', 'FATAL', 'notice'],
    invalid: ['informal', 'ok', 'E1'],
    validNames: ['level', 'log_level', 'severity', 'levelname', 'lvl'],
    invalidNames: ['access_level', 'membership_level'],
  },
};
