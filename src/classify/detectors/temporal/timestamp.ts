import { WEAK, matchTag, type Detector } from '../../detector.js';
import { timeGate, timeShape } from '../../shapes/time.js';

export const timestamp: Detector = {
  id: 'temporal.timestamp',
  category: 'temporal',
  description: 'Point in time: ISO 8601 / RFC 2822 / log-style date-times, epoch seconds or milliseconds (2001–2039); formats in tags',
  mask: 'none',
  names: {
    exact: ['timestamp', 'time', 'datetime', 'ts', 'created', 'createtime', 'eventtime', 'publishtime', 'publishedat', 'postedat', 'sentat', 'sendtime', 'occurredat', 'logtime', 'timelocal', 'requesttime', 'collectortstamp', '时间', '发布时间', '下单时间', '支付时间'],
    tokens: [['timestamp'], ['time'], ['datetime'], ['date', 'time'], ['create', 'time'], ['event', 'time'], ['publish', 'time'], ['published', 'at'], ['posted', 'at'], ['sent', 'at'], ['send', 'time'], ['occurred', 'at'], ['log', 'time'], ['time', 'local'], ['request', 'time'], ['timestamp', 'signup'], ['timestamp', 'opt'], ['stat', 'time', 'hour'], ['payment', 'date'], ['transaction', 'date'], ['scheduled', 'at'], ['start', 'time'], ['end', 'time'], ['started', 'at'], ['ended', 'at'], ['expires', 'at'], ['fetched', 'at'], ['scraped', 'at'], ['x', 'expires'], ['subscribe', 'time'], ['modify', 'time'], ['period', 'start'], ['period', 'end'], ['available', 'on'], ['arrival', 'date'], ['due', 'by'], ['canceled', 'at'], ['paid', 'at'], ['resolved', 'at']],
    negative: [['zone'], ['timezone'], ['spent'], ['duration'], ['elapsed'], ['ms', 'taken'], ['format'], ['count'], ['offset'], ['to', 'live'], ['ttl'], ['id']],
  },
  value: {
    gate: timeGate,
    test(v, f) {
      const s = timeShape(v, f);
      if (s === 'datetime' || s === 'epoch-s' || s === 'epoch-ms') return matchTag(s);
      return s === 'time' ? WEAK : null;
    },
    weight: 0.9,
  },
  // Bare epoch numbers decide less on their own than written date-times (ids can fall in the range).
  field(_s, e) {
    if (e.nameScore > 0 || e.matched === 0) return 1;
    const epoch = (e.tags.get('epoch-s') ?? 0) + (e.tags.get('epoch-ms') ?? 0);
    return epoch * 2 > e.matched ? 0.75 : 1;
  },
  examples: {
    valid: ['2021-03-04T10:11:12Z', '2021-03-04 10:11:12.123+08:00', '1609180933', '1663862400123', 'Wed Jul 10 21:40:04 +0000 2013', '17/May/2015:10:05:03 +0000', 'Mar 27 13:06:56', '10:15:32', 'Tue, 15 Nov 1994 08:12:31 GMT', '2020年5月1日 10:00'],
    invalid: ['2021-03-04', 'yesterday', '12345678901', '99999999999999'],
    validNames: ['timestamp', 'createTime', 'create_time', 'time', 'event_time', 'collector_tstamp', 'published_at', 'STAT_TIME_HOUR'],
    invalidNames: ['time_zone', 'time_spent', 'ttl'],
  },
};
