import { WEAK, matchTag, type Detector } from '../../detector.js';
import { timeGate, timeShape } from '../../shapes/time.js';

export const date: Detector = {
  id: 'temporal.date',
  category: 'temporal',
  description: 'Calendar date without time: ISO (2024-05-01), regional (05/01/2024, 01.05.2024), written (May 1, 2024), 2024年5月1日; compact 20240501 needs the name',
  mask: 'none',
  names: {
    exact: ['date', 'day', 'dt', 'reportdate', 'statdate', 'datestart', 'datestop', 'startdate', 'enddate', 'eventdate', 'orderdate', 'invoicedate', 'hiredate', 'valuedate', 'bookingdate', 'statday', '日期'],
    tokens: [['date'], ['day'], ['report', 'date'], ['stat', 'date'], ['date', 'start'], ['date', 'stop'], ['start', 'date'], ['end', 'date'], ['event', 'date'], ['order', 'date'], ['invoice', 'date'], ['hire', 'date'], ['value', 'date'], ['booking', 'date'], ['stat', 'time', 'day'], ['date', 'day']],
    negative: [['format'], ['count'], ['days'], ['id'], ['of', 'week'], ['zone']],
  },
  value: {
    gate: timeGate,
    test(v, f) {
      const s = timeShape(v, f);
      if (s === 'date') return matchTag(s);
      return s === 'compact-date' ? WEAK : null;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['2024-05-01', '05/01/2024', '01.05.2024', 'May 1, 2024', '1 May 2024', '2024年5月1日', '20240501'],
    invalid: ['2024-13-01', '2024-05-01T10:00:00Z', 'soon', '12.50'],
    validNames: ['date', 'Date', 'report_date', 'stat_time_day', 'date_start', 'InvoiceDate', '日期'],
    invalidNames: ['date_format', 'days_count'],
  },
};
