import { MATCH, type Detector } from '../../detector.js';

const REFERENCE = /^[A-Za-z0-9#][A-Za-z0-9 #_./-]{0,48}$/;

export const orderId: Detector = {
  id: 'payment.order_id',
  category: 'payment',
  description: 'Order, invoice or shipment reference (name-led: order_id, invoice_number, tracking_number, 订单号)',
  mask: 'generic',
  names: {
    exact: ['orderid', 'ordernumber', 'orderno', 'ordernum', 'ordercode', 'invoice', 'invoiceid', 'invoicenumber', 'invoiceno', 'trackingnumber', 'trackingno', 'trackingid', 'shipmentid', 'waybill', '订单号', '订单编号', '订单id', '快递单号', '运单号', '物流单号', '发票号'],
    tokens: [['order', 'id'], ['order', 'number'], ['order', 'code'], ['order', 'ref'], ['order', 'reference'], ['invoice', 'id'], ['invoice', 'number'], ['invoice'], ['tracking', 'number'], ['tracking', 'id'], ['tracking', 'code'], ['shipment', 'id'], ['shipment', 'number'], ['waybill'], ['item', 'number'], ['purchase', 'order'], ['receipt', 'id'], ['receipt', 'number']],
    negative: [['status'], ['total'], ['amount'], ['url'], ['date']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 50 && f.digits >= 1 && f.at === 0,
    test: (v) => (REFERENCE.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['1000234987654321', 'ORD-2024-000123', '112-1234567-1234567', '1Z999AA10123456784', '#1042'],
    invalid: ['ab', 'order for bob', 'https://x.y/1', 'a@b.co1'],
    validNames: ['order_id', 'order_number', 'Invoice Number', 'tracking_number', 'orderNo', '订单号', 'Receipt ID'],
    invalidNames: ['order_status', 'order_total', 'ordered_at'],
  },
};
