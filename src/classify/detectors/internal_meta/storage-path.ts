import { WEAK, matchTag, type Detector } from '../../detector.js';

const SCHEME = /^(s3|s3a|s3n|gs|gcs|oss|cos|obs|hdfs|abfss?|wasbs?|adl|az|r2|file|swift|minio):\/\/[^\s]+$/i;
const UNIX = /^\/(?:home|var|usr|etc|tmp|opt|mnt|srv|data|root|Users|private|Volumes|app|backup|backups|export|storage|nfs|media)\/[^\s\0]*$/;
const WINDOWS = /^(?:[A-Za-z]:\\|\\\\[A-Za-z0-9._-]+\\)[^\0\n]*$/;
const FILE_NAME = /^[^\s/\\]+\.[A-Za-z0-9]{1,5}$/;
const BUCKET_URL = /^https?:\/\/(?:[a-z0-9.-]+\.)?(?:s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com|storage\.googleapis\.com|blob\.core\.windows\.net|[a-z0-9-]+\.aliyuncs\.com|[a-z0-9-]+\.r2\.cloudflarestorage\.com)\//i;

export const storagePath: Detector = {
  id: 'internal_meta.storage_path',
  category: 'internal_meta',
  description: 'Storage location: object-store URIs (s3://, gs://, oss://, hdfs://, abfs://), bucket URLs, server file paths (/var/…, /home/…, C:\\…); schemes in tags',
  mask: 'generic',
  names: {
    exact: ['path', 'filepath', 'filename', 'file', 'storagepath', 's3key', 's3path', 's3uri', 'gcsuri', 'objectkey', 'bucket', 'bucketname', 'directory', 'dir', 'folder', 'fullpath', 'localpath', 'pwd', 'cwd', 'storagekey', 'blobname', '文件路径', '存储路径'],
    tokens: [['file', 'path'], ['file', 'name'], ['storage', 'path'], ['storage', 'location'], ['s', '3', 'key'], ['s', '3', 'path'], ['s', '3', 'uri'], ['object', 'key'], ['bucket'], ['directory'], ['folder'], ['full', 'path'], ['local', 'path'], ['blob', 'name'], ['storage', 'key'], ['upload', 'path'], ['attachment', 'path']],
    negative: [['request'], ['url'], ['page'], ['uri'], ['referer'], ['referrer'], ['route'], ['size'], ['count'], ['type'], ['hash'], ['md5'], ['etag']],
  },
  value: {
    gate: (f) => f.length >= 4 && f.length <= 1024 && (f.slashes >= 1 || f.other >= 1 || f.dots >= 1),
    test(v) {
      const scheme = v.indexOf('://');
      if (scheme > 0) {
        const m = SCHEME.exec(v);
        if (m) return matchTag(m[1].toLowerCase());
        return BUCKET_URL.test(v) ? matchTag('bucket-url') : null;
      }
      const c0 = v.charCodeAt(0);
      if (c0 === 47 && UNIX.test(v)) return matchTag('unix');
      if ((v.charCodeAt(1) === 58 || c0 === 92) && WINDOWS.test(v)) return matchTag('windows');
      if (v.indexOf(' ') >= 0) return null;
      return v.indexOf('/') >= 0 || FILE_NAME.test(v) ? WEAK : null;
    },
    weight: 0.85,
  },
  examples: {
    valid: ['s3://acme-prod-exports/users/2024/part-0001.csv.gz', 'gs://bucket/a.json', 'oss://bkt/x', '/var/lib/mysql/users.ibd', '/home/ubuntu/.ssh/authorized_keys', 'C:\\Users\\admin\\Desktop\\dump.sql', 'https://acme.s3.amazonaws.com/x.csv', 'exports/2024/a.csv'],
    invalid: ['hello', 'https://example.com/page'],
    validNames: ['path', 'file_path', 's3_key', 'storage_path', 'bucket', 'PWD', 'object_key'],
    invalidNames: ['request_path', 'url_path', 'page_urlpath', 'file_size'],
  },
};
