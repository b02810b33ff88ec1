// Log reader: one record per non-empty line. The file's main kind (access log, syslog or logfmt)
// is decided from its first 20 non-empty lines: the structured kind that most of them fit. Each
// line is read as the main kind; a line that does not fit is tried against the other kinds and
// finally read as free text, with a warning. Without a main kind (free-text or mixed files) every
// line is simply tried against all kinds, without warnings. JSON-lines logs are the NDJSON
// reader's. Lines are capped at 64 KiB (warning, rest dropped).
//
// Fields: access log → remote_addr, remote_user, time_local, request_method, request_path,
// request_query.<name>, status, body_bytes_sent, http_referer, http_user_agent;
// syslog → timestamp, host, app, pid, message (+ msgid, sd.<id>.<param> for RFC 5424), the
// auth shapes of auth.ts (ssh.*, sudo.*, pam.*), and text.* tokens of the message;
// logfmt → one field per key (numbers as numbers), URL-encoded values as <key>.<param>;
// free text → text.email / ipv4 / ipv6 / url / uuid / card_like / token, repeated per token
// (a line with no tokens is still a record, with no fields).
import type { FlatRecord, ReadContext, Reader } from '../types.js';
import { readLineAs, STRUCTURED_KINDS, type LogKind } from './line-kinds.js';
import { LineSplitter } from './lines.js';
import { RecordBuilder } from './record.js';

const MAX_LINE_BYTES = 64 * 1024;
const MAX_WARNINGS = 50;

/** Lines looked at to decide the main kind; held until then (each at most 64 KiB). */
const DECIDE_LINES = 20;

class LogLines {
  private primary: LogKind | null = null;
  private pending: [text: string, line: number][] | null = [];
  private readonly rec = new RecordBuilder();
  private warnings = 0;

  constructor(
    private readonly ctx: ReadContext,
    readonly out: FlatRecord[],
  ) {}

  line(text: string, line: number, truncated: boolean): void {
    if (truncated) this.warn(`line longer than ${MAX_LINE_BYTES / 1024} KiB: only its start was read`, line);
    if (text.trim().length === 0) return;
    if (this.pending) {
      this.pending.push([text, line]);
      if (this.pending.length >= DECIDE_LINES) this.decide();
      return;
    }
    this.read(text, line);
  }

  finish(): void {
    if (this.pending) this.decide();
    if (this.warnings > MAX_WARNINGS) this.ctx.warn(`${this.warnings - MAX_WARNINGS} more warnings like the above were not listed`);
  }

  /** Main kind: the structured kind most of the first lines fit, if that is more than half of them. */
  private decide(): void {
    const lines = this.pending!;
    this.pending = null;
    const votes = new Map<LogKind, number>();
    for (const [text] of lines) {
      const kind = STRUCTURED_KINDS.find((k) => readLineAs(k, text, this.rec, true));
      this.rec.take(0);
      if (kind) votes.set(kind, (votes.get(kind) ?? 0) + 1);
    }
    let best: LogKind | null = null;
    for (const [kind, n] of votes) if (n * 2 > lines.length && (best === null || n > votes.get(best)!)) best = kind;
    this.primary = best;
    for (const [text, line] of lines) this.read(text, line);
  }

  private read(text: string, line: number): void {
    const rec = this.rec;
    if (this.primary === null || !readLineAs(this.primary, text, rec, false)) {
      const used = STRUCTURED_KINDS.find((k) => k !== this.primary && readLineAs(k, text, rec, true)) ?? 'text';
      if (used === 'text') readLineAs('text', text, rec, false);
      if (this.primary !== null) this.warn(`line does not match the file's ${this.primary} format; read as ${used}`, line);
    }
    this.out.push(rec.take(line));
  }

  private warn(message: string, line?: number): void {
    if (++this.warnings <= MAX_WARNINGS) this.ctx.warn(message, line);
  }
}

export const readLog: Reader = async function* readLog(chunks, ctx): AsyncIterable<FlatRecord> {
  const out: FlatRecord[] = [];
  const lines = new LogLines(ctx, out);
  const splitter = new LineSplitter(MAX_LINE_BYTES);
  const sink = (text: string, line: number, truncated: boolean): void => lines.line(text, line, truncated);
  for await (const chunk of chunks) {
    splitter.push(chunk, sink);
    for (let i = 0; i < out.length; i++) yield out[i];
    out.length = 0;
  }
  splitter.end(sink);
  lines.finish();
  for (let i = 0; i < out.length; i++) yield out[i];
  out.length = 0;
};
