export interface ZipMember {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Sets the traditional-encryption flag bit and prefixes a 12-byte header. */
  encrypted?: boolean;
  /** Unix st_mode stored in the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
}
export function zipBytes(members: ZipMember[]): Buffer;
