import { WEAK, matchTag, type Detector } from '../../detector.js';
import { isHexOnly, isUuid } from '../../shapes/hex.js';

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
const XRAY = /^(?:Root=)?1-[0-9a-f]{8}-[0-9a-f]{24}/;
const OPAQUE = /^[A-Za-z0-9._:=/+-]{6,128}$/;

export const traceId: Detector = {
  id: 'internal_meta.trace_id',
  category: 'internal_meta',
  description: 'Trace / span / request / correlation id from logs and APIs (W3C traceparent and AWS X-Ray value-led, others name-led)',
  mask: 'none',
  names: {
    exact: ['traceid', 'spanid', 'parentspanid', 'requestid', 'xrequestid', 'correlationid', 'xcorrelationid', 'logid', 'traceparent', 'xb3traceid', 'xb3spanid', 'amzntraceid', 'xamzntraceid', 'ipntrackid', 'eventid', 'messageid', 'jobid', 'taskid', 'runid', 'rid', 'reqid'],
    tokens: [['trace', 'id'], ['span', 'id'], ['parent', 'span', 'id'], ['request', 'id'], ['correlation', 'id'], ['log', 'id'], ['traceparent'], ['b', '3', 'trace', 'id'], ['amzn', 'trace', 'id'], ['ipn', 'track', 'id'], ['event', 'id'], ['message', 'id'], ['job', 'id'], ['task', 'id'], ['run', 'id'], ['req', 'id'], ['track', 'id'], ['x', 'request', 'id']],
  },
  value: {
    gate: (f) => f.length >= 6 && f.length <= 160 && f.spaces === 0,
    test(v, f) {
      if (f.length === 55 && TRACEPARENT.test(v)) return matchTag('w3c-traceparent');
      if (XRAY.test(v)) return matchTag('aws-xray');
      if (isUuid(v, f)) return matchTag('uuid', 'weak');
      if ((f.length === 16 || f.length === 32) && isHexOnly(f)) return matchTag('hex', 'weak');
      return OPAQUE.test(v) ? WEAK : null;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'Root=1-5759e988-bd862e3fe1be46a994272793', '4bf92f3577b34da6a3ce929d0e0e4736', '550e8400-e29b-41d4-a716-446655440000', 'c5d5e7b8f0a1'],
    invalid: ['abc', 'two words here'],
    validNames: ['trace_id', 'traceId', 'span_id', 'request_id', 'requestId', 'x_request_id', 'correlation_id', 'ipn_track_id', 'event_id'],
    invalidNames: ['trace_flags', 'request_method'],
  },
};
