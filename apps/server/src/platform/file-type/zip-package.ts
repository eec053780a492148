// Reading parts of zip packages (OOXML workbooks, documents, presentations) safely: limits against
// zip bombs, parts streamed through saxes. Shared by the opportunity import (XLSX rows) and the
// data room (text of Office files for search). Moved here from features/opportunities/import-files.
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

/** Why a package cannot be read: not a zip we can open, or one that inflates past the limits. */
export type ZipProblem = 'invalid' | 'zip_bomb';

/** Makes the caller's error for a problem, so each feature keeps its own error type and codes. */
export type ZipFailure = (problem: ZipProblem, cause?: unknown) => Error;

/** Entries smaller than this are not held to the compression ratio: tiny XML parts compress very well. */
const RATIO_EXEMPT_BYTES = 1024 * 1024;
/** A package has a few dozen parts; a central directory with many more is not one we want. */
const MAX_ENTRIES = 10_000;

export interface Relationship {
  type: string;
  /** Resolved part path, or '' for an external target. */
  target: string;
}

export type XmlHandlers = {
  open(tag: SaxesTagPlain, local: string): void;
  close(local: string): void;
  text?(text: string): void;
};

const YAUZL_OPTIONS = {
  lazyEntries: true,
  autoClose: false,
  validateEntrySizes: true,
  strictFileNames: false,
  decodeStrings: true,
} as const;

/** Opens the zip at `source` (a path, or the bytes), checks it against the limits, and lists its parts. */
export async function openZipPackage(
  source: string | Buffer,
  limits: ZipLimits,
  fail: ZipFailure,
): Promise<PartReader> {
  let zip: yauzl.ZipFile;
  try {
    zip =
      typeof source === 'string'
        ? await yauzl.openPromise(source, YAUZL_OPTIONS)
        : await yauzl.fromBufferPromise(source, YAUZL_OPTIONS);
  } catch (error) {
    throw fail('invalid', error);
  }
  try {
    const entries = await readCentralDirectory(zip, limits, fail);
    return new PartReader(zip, entries, limits.maxUncompressedBytes, fail);
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readCentralDirectory(
  zip: yauzl.ZipFile,
  limits: ZipLimits,
  fail: ZipFailure,
): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  let declaredTotal = 0;
  const bomb = fail('zip_bomb');
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.size >= MAX_ENTRIES) throw bomb;
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxUncompressedBytes) throw bomb;
      if (
        entry.uncompressedSize > RATIO_EXEMPT_BYTES &&
        entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio
      ) {
        throw bomb;
      }
      entries.set(normalizePartName(entry.fileName), entry);
    }
  } catch (error) {
    if (error === bomb) throw error;
    throw fail('invalid', error);
  }
  return entries;
}

/** Part names are case-insensitive in OPC and some writers use backslashes or a leading slash. */
export function normalizePartName(name: string): string {
  return name.replaceAll('\\', '/').replace(/^\/+/, '').toLowerCase();
}

export function relsPathFor(partPath: string): string {
  return posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
}

/** Counts every inflated byte against the uncompressed limit, a second guard behind the central directory. */
class ByteBudget {
  private used = 0;
  constructor(
    private readonly max: number,
    private readonly fail: ZipFailure,
  ) {}
  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw this.fail('zip_bomb');
  }
}

/** Reads parts of the package through one XML pass each, inflating as it goes. */
export class PartReader {
  /** Errors this reader raised itself, passed through unchanged by `parse`. */
  private readonly raised = new WeakSet<object>();
  private readonly budget: ByteBudget;

  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    maxUncompressedBytes: number,
    private readonly failWith: ZipFailure,
  ) {
    this.budget = new ByteBudget(maxUncompressedBytes, (problem) => this.fail(problem));
  }

  private fail(problem: ZipProblem, cause?: unknown): Error {
    const error = this.failWith(problem, cause);
    this.raised.add(error);
    return error;
  }

  has(path: string): boolean {
    return this.entries.has(normalizePartName(path));
  }

  /** Normalised names of every part, in central-directory order. */
  partNames(): string[] {
    return [...this.entries.keys()];
  }

  close(): void {
    this.zip.close();
  }

  /**
   * Streams one part through saxes. `drain` runs after every inflated chunk has been parsed and
   * returns what that chunk completed; the generator yields it, so nothing accumulates.
   */
  async *parse<T>(path: string, handlers: XmlHandlers, drain: () => T[]): AsyncGenerator<T> {
    const entry = this.entries.get(normalizePartName(path));
    if (!entry) throw this.fail('invalid');
    if (!entry.canDecodeFileData()) throw this.fail('invalid');
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw this.fail('invalid', error);
    }
    const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
    parser.on('opentag', (tag) => handlers.open(tag, localName(tag.name)));
    parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
    const onText = handlers.text;
    if (onText) {
      parser.on('text', onText);
      parser.on('cdata', onText);
    }
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.budget.spend(chunk.length);
        parser.write(decoder.decode(chunk, { stream: true }));
        const ready = drain();
        for (const item of ready) yield item;
      }
      parser.write(decoder.decode());
      parser.close();
      const ready = drain();
      for (const item of ready) yield item;
    } catch (error) {
      if (error instanceof Object && this.raised.has(error)) throw error;
      // yauzl's validateEntrySizes: an entry that inflates to more than its central-directory size.
      if (error instanceof Error && /too many bytes/.test(error.message)) throw this.fail('zip_bomb', error);
      throw this.fail('invalid', error);
    } finally {
      stream.destroy();
    }
  }

  /** Parses a whole (small) part for its side effects on the handlers. */
  async read(path: string, handlers: XmlHandlers): Promise<void> {
    for await (const _ of this.parse(path, handlers, () => [])) {
      // nothing is yielded
    }
  }

  async readRels(path: string): Promise<Map<string, Relationship>> {
    const rels = new Map<string, Relationship>();
    if (!this.has(path)) return rels;
    // Targets are relative to the folder of the part the .rels file describes.
    const baseDir = posix.dirname(posix.dirname(path));
    await this.read(path, {
      open(tag, local) {
        if (local !== 'Relationship') return;
        const id = attr(tag, 'Id');
        const target = attr(tag, 'Target');
        if (!id || target === undefined) return;
        const external = attr(tag, 'TargetMode') === 'External';
        rels.set(id, {
          type: attr(tag, 'Type') ?? '',
          target: external ? '' : resolveTarget(baseDir, target),
        });
      },
      close() {},
    });
    return rels;
  }
}

function resolveTarget(baseDir: string, target: string): string {
  const clean = target.replaceAll('\\', '/');
  if (clean.startsWith('/')) return posix.normalize(clean).replace(/^\/+/, '');
  return posix.normalize(posix.join(baseDir === '.' ? '' : baseDir, clean)).replace(/^\/+/, '');
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  // Prefixed attribute (r:id, x:Target…) whatever prefix the writer chose.
  for (const key in attributes) {
    if (key.startsWith('xmlns')) continue;
    if (localName(key) === name) return attributes[key];
  }
  return undefined;
}
