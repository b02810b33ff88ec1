// Preloaded into the CLI by tests/security/no-network.e2e.test.ts (`node --import`): every way
// Node can open a network connection, listen, send a datagram or resolve a name is replaced by
// a trap that records the attempt (one JSON line in LEAKSIFT_NET_TRAP_LOG) and throws. It runs
// in worker threads too, since `--import` preloads into every thread.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { isMainThread } from 'node:worker_threads';

const LOG = process.env.LEAKSIFT_NET_TRAP_LOG;

function trap(api) {
  return function trapped(...args) {
    const first = args[0];
    const target = typeof first === 'string' || typeof first === 'number' ? String(first) : first && typeof first === 'object' ? JSON.stringify(first, (k, v) => (typeof v === 'function' ? undefined : v))?.slice(0, 200) : '';
    if (LOG) appendFileSync(LOG, JSON.stringify({ api, target, thread: isMainThread ? 'main' : 'worker' }) + '\n');
    throw new Error(`network access blocked by test trap: ${api}`);
  };
}

function replace(obj, name, api) {
  if (obj && typeof obj[name] === 'function') obj[name] = trap(api);
}

replace(net, 'connect', 'net.connect');
replace(net, 'createConnection', 'net.createConnection');
replace(net.Socket.prototype, 'connect', 'net.Socket#connect');
replace(net.Server.prototype, 'listen', 'net.Server#listen');
replace(tls, 'connect', 'tls.connect');
replace(dgram, 'createSocket', 'dgram.createSocket');
for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
  replace(mod, 'request', `${label}.request`);
  replace(mod, 'get', `${label}.get`);
}
replace(http2, 'connect', 'http2.connect');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  replace(dns, name, `dns.${name}`);
  replace(dns.promises, name, `dns.promises.${name}`);
  replace(dns.Resolver?.prototype, name, `dns.Resolver#${name}`);
  replace(dns.promises.Resolver?.prototype, name, `dns.promises.Resolver#${name}`);
}
replace(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');
// `import { connect } from 'node:net'` sees the traps too.
syncBuiltinESMExports();
