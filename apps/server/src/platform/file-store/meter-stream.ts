import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes bytes through unchanged while hashing them (SHA-256), counting them and keeping the
 * first `headBytes` for type sniffing. Fails the stream the moment the count passes `maxBytes`,
 * so the rest of an oversized upload is never read.
 */
export class MeterStream extends Transform {
  bytes = 0;
  isOverLimit = false;
  private readonly hash: Hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly headBytes: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.isOverLimit = true;
      callback(new Error(`stream is larger than ${this.maxBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    if (this.headLength < this.headBytes) {
      // A copy: the head outlives the chunk, and a slice would keep the whole chunk alive.
      const part = Buffer.from(chunk.subarray(0, this.headBytes - this.headLength));
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    callback(null, chunk);
  }

  /** Hex SHA-256 of everything that passed; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }
}
