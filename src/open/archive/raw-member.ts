// What each archive format lists, before the limits and the scan decide what to do with it.
import type { MemberSource } from './member.js';

export interface RawMember {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** For `other`: what it is (hard link, device, fifo...). */
  typeName?: string;
  /** Password-protected: listed, never read. */
  encrypted?: boolean;
  /** Why the member cannot be decoded (an unsupported compression method). */
  unsupported?: string;
  /** Declared uncompressed size, when the format has one. */
  size?: number;
  /** Declared compressed size (zip entries). */
  compressedSize?: number;
  open(): Promise<MemberSource>;
  /** Skips the member without reading it (sequential formats must still read past it). */
  discard(): Promise<void>;
}
