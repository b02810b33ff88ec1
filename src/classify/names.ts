// Field-name evidence: names are split into word tokens (snake, kebab, camel, Title Case,
// digits, run-together lower-case compounds) so hints match words, never raw substrings
// ("lic" must not match inside "public"). See docs/detection.md for the scores.
import type { Detector, NameHints } from './detector.js';

/** Name score of a whole-name match (exact name, or a hint covering every token). */
export const NAME_EXACT = 0.9;
/** A hint found among the leaf name's tokens. */
export const NAME_TOKEN = 0.6;
/** A multi-word hint completed by the parent path segment (`card.last4`, `author.id`), or a generic leaf's parent. */
export const NAME_PARENT = 0.6;

/** Last path segment without array markers: `data.items[].billing_email` → `billing_email`. */
export function lastSegment(path: string): string {
  let p = path;
  while (p.endsWith('[]')) p = p.slice(0, -2);
  const bang = p.lastIndexOf('!');
  if (bang >= 0) p = p.slice(bang + 1);
  const dot = p.lastIndexOf('.');
  return dot >= 0 ? p.slice(dot + 1) : p;
}

/** Parent path segment (`billing_details.email` → `billing_details`), or ''. */
export function parentSegment(path: string): string {
  let p = path;
  while (p.endsWith('[]')) p = p.slice(0, -2);
  const dot = p.lastIndexOf('.');
  if (dot < 0) return '';
  return lastSegment(p.slice(0, dot));
}

/**
 * Abbreviations and synonyms expanded before matching, so hints are written once in plain
 * words (`fl_nm` → full name, `em` → email, `dob` → birth date).
 */
const ABBREVIATIONS: Record<string, string[]> = {
  nm: ['name'], fl: ['full'], fst: ['first'], frst: ['first'], lst: ['last'], fname: ['first', 'name'],
  lname: ['last', 'name'], fn: ['first', 'name'], ln: ['last', 'name'], em: ['email'], ph: ['phone'],
  tel: ['phone'], mob: ['mobile'], addr: ['address'], adr: ['address'], dob: ['birth', 'date'],
  bday: ['birth', 'date'], birthday: ['birth', 'date'], birthdate: ['birth', 'date'],
  pwd: ['password'], passwd: ['password'], pw: ['password'], pswd: ['password'], pass: ['password'],
  num: ['number'], no: ['number'], nbr: ['number'], nr: ['number'], cnt: ['count'], qty: ['quantity'],
  amt: ['amount'], cust: ['customer'], ccy: ['currency'], curr: ['currency'], acct: ['account'], usr: ['user'],
  uname: ['user', 'name'], uid: ['user', 'id'], msg: ['message'], desc: ['description'],
  ts: ['timestamp'], tstamp: ['timestamp'], dt: ['date'], lat: ['latitude'], lng: ['longitude'],
  lon: ['longitude'], org: ['organization'], organisation: ['organization'], sess: ['session'],
  ipaddr: ['ip', 'address'], ipaddress: ['ip', 'address'], mail: ['email'], emailaddress: ['email', 'address'],
  postcode: ['postal', 'code'], zipcode: ['zip', 'code'], tz: ['timezone'], lang: ['language'],
  sex: ['gender'], pic: ['picture'], img: ['image'], dvce: ['device'], idx: ['index'],
  surname: ['last', 'name'], forename: ['first', 'name'], cellphone: ['cell', 'phone'],
  telephone: ['phone'], username: ['user', 'name'], nickname: ['nick', 'name'], screenname: ['screen', 'name'],
  firstname: ['first', 'name'], lastname: ['last', 'name'], fullname: ['full', 'name'],
  givenname: ['given', 'name'], familyname: ['family', 'name'], hostname: ['host', 'name'],
  useragent: ['user', 'agent'],
};

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Short words that may appear as parts of run-together compounds (`isadmin`, `userid`). */
const SHORT_WORDS = new Set(['id', 'ip', 'at', 'is', 'by', 'to', 'of', 'on', 'no', 'cc', 'ad', 'ua', 'os', 'pw', 'tz', 'dt', 'ts', 'em', 'ph']);

export type Vocabulary = ReadonlySet<string>;
const NO_VOCABULARY: Vocabulary = new Set();

/** Every word the detectors' hints use: the dictionary for splitting `followercount`. */
export function buildVocabulary(detectors: readonly Detector[]): Vocabulary {
  const v = new Set<string>(SHORT_WORDS);
  for (const d of detectors) {
    for (const seq of d.names?.tokens ?? []) for (const t of seq) if (!CJK.test(t)) v.add(t);
    for (const seq of d.names?.negative ?? []) for (const t of seq) v.add(t);
  }
  for (const [k, words] of Object.entries(ABBREVIATIONS)) { v.add(k); for (const w of words) v.add(w); }
  for (const h of HEADS) v.add(h);
  for (const p of FLAG_PREFIXES) v.add(p);
  return v;
}

/** Splits a run-together lower-case token into vocabulary words, or returns null. */
function segment(token: string, vocab: Vocabulary): string[] | null {
  const n = token.length;
  // best[i] = fewest words covering token[0..i)
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 20); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const w = token.slice(j, i);
      if (w.length < 3 && !SHORT_WORDS.has(w)) continue;
      if (!vocab.has(w)) continue;
      if (!best[i] || best[i]!.length > prev.length + 1) best[i] = [...prev, w];
    }
  }
  const r = best[n];
  return r && r.length > 1 ? r : null;
}

export function tokenize(name: string, vocab: Vocabulary = NO_VOCABULARY): string[] {
  const spaced = name
    // camelCase and PascalCase boundaries: followerCount → follower Count, HTTPStatus → HTTP Status
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // `HTMLParser` → `HTML Parser`; a lookahead, not `([A-Z]+)([A-Z][a-z])`, which is quadratic on long capitals.
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    // letter/digit boundaries: address2 → address 2, last4 → last 4
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2');
  const out: string[] = [];
  for (const raw of spaced.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0) continue;
    const abbr = ABBREVIATIONS[raw];
    if (abbr) { out.push(...abbr); continue; }
    if (raw.length >= 5 && !vocab.has(raw) && /^[a-z]+$/.test(raw)) {
      const parts = segment(raw, vocab);
      if (parts) {
        for (const p of parts) out.push(...(ABBREVIATIONS[p] ?? [p]));
        continue;
      }
    }
    out.push(raw);
  }
  return out;
}

/** Lower case with every separator removed: `E-Mail Address` → `emailaddress`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Token equality tolerant of a plural `s`/`es` on the field name's side (`emails`, `likes`). */
function sameWord(t: string, h: string): boolean {
  if (t === h) return true;
  if (t.length === h.length + 1) return t.charCodeAt(t.length - 1) === 115 && t.startsWith(h);
  if (t.length === h.length + 2) return t.endsWith('es') && t.startsWith(h);
  return false;
}

function findSequence(tokens: readonly string[], seq: readonly string[], from = 0): number {
  outer: for (let i = from; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (!sameWord(tokens[i + j], seq[j])) continue outer;
    return i;
  }
  return -1;
}

/**
 * Words that, after a hint, make the field about something else: `email_verified_at` is a
 * time, `card_id` an id, `followers_url` a link, `password_reset_count` a count.
 */
const HEADS = new Set([
  'at', 'on', 'time', 'timestamp', 'date', 'count', 'total', 'status', 'state', 'type', 'kind', 'flag',
  'verified', 'enabled', 'confirmed', 'valid', 'validated', 'hash', 'hashed', 'md5', 'sha1', 'sha256',
  'url', 'uri', 'link', 'length', 'len', 'size', 'format', 'template', 'domain', 'provider', 'consent',
  'id', 'ids', 'name', 'label', 'title', 'list', 'rate', 'ratio', 'percent', 'pct', 'score', 'level',
  'mode', 'setting', 'settings', 'visibility', 'permission', 'privacy', 'preference', 'policy',
  'changed', 'updated', 'modified', 'expires', 'reason', 'error', 'check', 'checks', 'required',
  'visible', 'public', 'private', 'allowed', 'opt', 'optin', 'color', 'colour', 'version', 'filter',
]);
/** Leaf names that say nothing on their own. */
const GENERIC_LEAVES = new Set(['default', 'value', 'val', 'src', 'origin', 'original', 'large', 'larger', 'medium', 'small', 'thumb', 'thumbnail', 'hd', 'raw', 'display', 'formatted', 'full', 'data', 'v', '0', '1', '2', 'text', 'string', 'str', 'main', 'name', 'code', 'number', 'label', 'iso']);
/** Leading words that turn a name into a yes/no flag: `has_email`, `is_verified`. */
const FLAG_PREFIXES = new Set(['is', 'has', 'can', 'should', 'allow', 'allows', 'enable', 'show', 'hide', 'use', 'send', 'include']);

export interface NameEvidence {
  /** 0 none, NAME_PARENT, NAME_TOKEN or NAME_EXACT. */
  score: number;
  negative: boolean;
  /** Length of the matched hint (longer hints are more specific; breaks confidence ties). */
  specificity: number;
}

export interface PreparedName {
  normalized: string;
  tokens: string[];
  parentTokens: string[];
  /** Leaf and parent tokens with their singulars (`likes` → like): a quick filter before matching hints. */
  forms: string[];
}

export function prepareName(path: string, vocab: Vocabulary = NO_VOCABULARY): PreparedName {
  const last = lastSegment(path);
  const tokens = tokenize(last, vocab);
  const parentTokens = tokenize(parentSegment(path), vocab);
  const forms = new Set<string>();
  for (const t of [...tokens, ...parentTokens]) {
    forms.add(t);
    if (t.length > 2 && t.endsWith('s')) forms.add(t.slice(0, -1));
    if (t.length > 3 && t.endsWith('es')) forms.add(t.slice(0, -2));
  }
  return { normalized: normalizeName(last), tokens, parentTokens, forms: [...forms] };
}

/** Does the matched hint at `at` keep its meaning, i.e. no head word follows and no flag prefix leads? */
function keepsMeaning(tokens: readonly string[], seq: readonly string[], at: number, hints: NameHints): boolean {
  for (let k = at + seq.length; k < tokens.length; k++) {
    if (HEADS.has(tokens[k]) && !seq.some((s) => sameWord(tokens[k], s))) return false;
  }
  if (!hints.flag && at > 0 && FLAG_PREFIXES.has(tokens[0])) return false;
  return true;
}

const NONE: NameEvidence = Object.freeze({ score: 0, negative: false, specificity: 0 });

/** Hints in the form scoring needs, built once per detector (scoring runs once per field and detector). */
interface CompiledHints {
  exact: Set<string>;
  cjk: string[];
  /** Every word any token hint uses: a name sharing none of them cannot match one. */
  words: Set<string>;
  negativeWords: Set<string>;
}
const compiled = new WeakMap<NameHints, CompiledHints>();

function compile(hints: NameHints): CompiledHints {
  let c = compiled.get(hints);
  if (!c) {
    const exact = hints.exact ?? [];
    c = {
      exact: new Set(exact),
      cjk: exact.filter((e) => CJK.test(e)),
      words: new Set((hints.tokens ?? []).flat()),
      negativeWords: new Set((hints.negative ?? []).flat()),
    };
    compiled.set(hints, c);
  }
  return c;
}

/** Could any of the name's words be one of these hint words? */
function sharesWord(forms: readonly string[], words: Set<string>): boolean {
  for (let i = 0; i < forms.length; i++) if (words.has(forms[i])) return true;
  return false;
}

export function scoreName(name: PreparedName, hints: NameHints | undefined): NameEvidence {
  if (!hints) return NONE;
  const c = compile(hints);
  let score = 0;
  let specificity = 0;
  const consider = (s: number, len: number) => {
    if (s > score || (s === score && len > specificity)) { score = s; specificity = len; }
  };
  if (c.exact.has(name.normalized)) consider(NAME_EXACT, 9);
  for (const e of c.cjk) if (e !== name.normalized && name.normalized.includes(e)) consider(NAME_TOKEN, e.length);
  const tokens = name.tokens;
  if (!sharesWord(name.forms, c.words)) return scoreNegative(name, hints, c, score, specificity);
  for (const seq of hints.tokens ?? []) {
    for (let at = findSequence(tokens, seq); at >= 0; at = findSequence(tokens, seq, at + 1)) {
      if (!keepsMeaning(tokens, seq, at, hints)) continue;
      consider(seq.length === tokens.length ? NAME_EXACT : NAME_TOKEN, seq.length);
    }
  }
  // `card.last4`, `author.id`: the parent names the thing, the leaf a part of it.
  if (score === 0 && tokens.length <= 2 && name.parentTokens.length > 0) {
    const joined = [...name.parentTokens, ...tokens];
    for (const seq of hints.tokens ?? []) {
      if (seq.length < 2) continue;
      const at = findSequence(joined, seq);
      // The hint must end on the leaf and reach into the parent.
      if (at >= 0 && at + seq.length === joined.length && at < name.parentTokens.length) consider(NAME_PARENT, seq.length);
    }
  }
  // A generic leaf (`covers.default`, `stats.value`) takes its meaning from the parent.
  if (score === 0 && tokens.length > 0 && tokens.every((t) => GENERIC_LEAVES.has(t))) {
    const parent = name.parentTokens;
    for (const seq of hints.tokens ?? []) {
      for (let at = findSequence(parent, seq); at >= 0; at = findSequence(parent, seq, at + 1)) {
        if (keepsMeaning(parent, seq, at, hints)) consider(NAME_PARENT, seq.length);
      }
    }
  }
  return scoreNegative(name, hints, c, score, specificity);
}

function scoreNegative(name: PreparedName, hints: NameHints, c: CompiledHints, score: number, specificity: number): NameEvidence {
  const tokens = name.tokens;
  // Negatives also look at the parent of a short leaf: `campaign.name` is not a person's name.
  let negative = false;
  const short = tokens.length <= 2;
  if (sharesWord(name.forms, c.negativeWords)) for (const seq of hints.negative ?? []) {
    if (findSequence(tokens, seq) >= 0 || (short && findSequence(name.parentTokens, seq) >= 0)) negative = true;
  }
  if (score === 0 && !negative) return NONE;
  return { score, negative, specificity };
}
