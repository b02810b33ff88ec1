import { matchTag, type Detector } from '../../detector.js';
import { timeGate, timeShape } from '../../shapes/time.js';

export const auditTimestamp: Detector = {
  id: 'internal_meta.audit_timestamp',
  category: 'internal_meta',
  description: 'Row lifecycle / account audit time: created_at, updated_at, deleted_at, last_login, last_update, date_joined, email_verified_at, ETL sync stamps',
  mask: 'none',
  names: {
    exact: ['createdat', 'updatedat', 'deletedat', 'modifiedat', 'lastlogin', 'lastloginat', 'lastupdate', 'lastupdated', 'lastmodified', 'datejoined', 'emailverifiedat', 'phoneverifiedat', 'insertedat', 'syncedat', 'fivetransynced', 'createdate', 'createddate', 'creationdate', 'updatedate', 'modifydate', 'modifieddate', 'lastseen', 'lastactive', 'lastactivity', 'lastchanged', 'etltstamp', 'loadedat', '创建时间', '更新时间', '修改时间', '最后登录时间', '注册时间', '删除时间'],
    tokens: [['created', 'at'], ['updated', 'at'], ['deleted', 'at'], ['modified', 'at'], ['last', 'login'], ['last', 'login', 'at'], ['last', 'update'], ['last', 'updated'], ['last', 'modified'], ['date', 'joined'], ['verified', 'at'], ['inserted', 'at'], ['synced', 'at'], ['fivetran', 'synced'], ['synced'], ['create', 'date'], ['created', 'date'], ['creation', 'date'], ['update', 'date'], ['modify', 'date'], ['modified', 'date'], ['last', 'seen'], ['last', 'active'], ['last', 'activity'], ['last', 'changed'], ['etl', 'timestamp'], ['load', 'timestamp'], ['loaded', 'at'], ['archived', 'at'], ['confirmed', 'at'], ['banned', 'at'], ['locked', 'at'], ['last', 'sign', 'in', 'at'], ['current', 'sign', 'in', 'at'], ['password', 'changed', 'at'], ['password', 'reset', 'at'], ['activated', 'at'], ['registered', 'at'], ['signup', 'date'], ['registration', 'date'], ['created', 'on'], ['updated', 'on'], ['modified', 'on'], ['created', 'time'], ['updated', 'time'], ['modify', 'time'], ['update', 'time'], ['date', 'created'], ['date', 'modified'], ['date', 'updated'], ['date', 'deleted']],
    negative: [['ip'], ['by'], ['count'], ['user'], ['location']],
  },
  value: {
    gate: timeGate,
    test(v, f) {
      const s = timeShape(v, f);
      return s && s !== 'time' && s !== 'year' ? matchTag(s) : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['2021-03-04T10:11:12Z', '2006-02-15 04:34:33', '1609180933', '1663862400123', '2021-03-04'],
    invalid: ['yesterday', '12:00'],
    validNames: ['created_at', 'updated_at', 'deleted_at', 'last_login', 'last_update', 'date_joined', 'email_verified_at', '_fivetran_synced', 'createdAt', 'create_date', '创建时间'],
    invalidNames: ['created_by', 'last_login_ip', 'createTime'],
  },
};
