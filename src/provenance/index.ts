// Public surface of the provenance stage: judge a file, a scan, and say the verdict in words.
export { describeVerdict, emptyProvenance, judgeFile, judgeTables } from './judge.js';
export { judgeScan } from './scan.js';
export { ORIGIN_IDS, type OriginId } from './origin.js';
export { SIGNALS, SIGNAL_IDS } from './signals/index.js';
export type { FileFacts, JudgeOptions } from './types.js';
