import { type FileTypeResult, fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { AppError } from '../errors.ts';
import {
  CLAIMS,
  DOWNLOAD_MEDIA_TYPES,
  LEGACY_OFFICE,
  REFUSED_CONTENT,
  REFUSED_EXTENSIONS,
  TEXT_MEDIA_TYPES,
  type TypeInfo,
  VIEWABLE,
} from './file-type-rules.ts';

export type { ViewKind } from './file-type-rules.ts';

export interface SniffInput {
  /** The first bytes of the file (StagedFile.head: 64 KiB, or all of a smaller file). */
  head: Uint8Array;
  /** The (sanitised) name the uploader gave; only its extension is used, and only as a claim. */
  fileName: string;
  /**
   * Path of the whole file. When the head shows a zip, file-type reads the central entries from
   * here to tell an Office package from a plain zip (an .docx whose first part is a large image
   * would otherwise look like a plain zip).
   */
  path?: string;
}

export interface SniffedType extends TypeInfo {
  /** file-type's name of the detected format ('pdf', 'png', 'docx', 'cfb'…), 'text' or 'binary'. */
  detected: string;
}

/** Lower-case extension of a file name without the dot, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** `#!` at the start: a script for some interpreter, runnable once its mode bit is set. */
function isShebang(head: Uint8Array): boolean {
  let start = 0;
  // A UTF-8 byte-order mark does not stop the kernel's reader of a shebang from some editors' copies.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  return head[start] === 0x23 && head[start + 1] === 0x21;
}

/**
 * Windows Installer packages (.msi, .msp, .mst) are OLE compound files like legacy Office files;
 * their root storage carries a CLSID of the family {000C108x-0000-0000-C000-000000000046}.
 */
export function isWindowsInstaller(head: Uint8Array): boolean {
  if (head.length < 512) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return false;
  const rootOffset = (view.getUint32(0x30, true) + 1) << sectorShift;
  const clsid = rootOffset + 0x50;
  if (clsid + 16 > head.length) return false;
  const tail = [0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];
  return (
    (head[clsid] as number) >> 4 === 0x8 &&
    head[clsid + 1] === 0x10 &&
    head[clsid + 2] === 0x0c &&
    head[clsid + 3] === 0x00 &&
    tail.every((byte, i) => head[clsid + 4 + i] === byte)
  );
}

/** True when the bytes look like text: valid UTF-8 (or UTF-16 with a BOM) without NUL bytes. */
function isText(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (head.includes(0)) return false;
  try {
    // The head may end inside a multi-byte character: drop up to 3 trailing bytes before decoding.
    const cut = head.length === 65_536 ? trimPartialCharacter(head) : head;
    new TextDecoder('utf-8', { fatal: true }).decode(cut);
    return true;
  } catch {
    return false;
  }
}

function trimPartialCharacter(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = bytes[end - i] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    if (byte >= 0xc0) end -= i; // a lead byte whose sequence was cut
    break;
  }
  return bytes.subarray(0, end);
}

async function detect(input: SniffInput): Promise<FileTypeResult | undefined> {
  const fromHead = await fileTypeFromBuffer(input.head);
  if (fromHead?.ext === 'zip' && input.path) return (await fileTypeFromFile(input.path)) ?? fromHead;
  return fromHead;
}

function refuse(extension: string, detected: string): never {
  throw new AppError('dataroom.type_refused', { extra: { extension, detected } });
}

function typeInfoFor(detected: string, extension: string, mime: string | undefined): TypeInfo {
  const viewable = VIEWABLE[detected];
  if (viewable) return viewable;
  if (detected === 'cfb')
    return LEGACY_OFFICE[extension] ?? { mediaType: 'application/x-cfb', viewKind: 'download' };
  if (detected === 'text' || detected === 'xml') {
    return { mediaType: TEXT_MEDIA_TYPES[extension] ?? 'text/plain', viewKind: 'download' };
  }
  const known = DOWNLOAD_MEDIA_TYPES[extension];
  if (known && (CLAIMS[extension] ?? []).includes(detected))
    return { mediaType: known, viewKind: 'download' };
  return { mediaType: mime ?? 'application/octet-stream', viewKind: 'download' };
}

/**
 * The type of an upload, read from its content (file-type's signatures plus our rules), never
 * from its name. The name's extension is only a claim that must agree with the content.
 * Throws `dataroom.type_refused` for programs, scripts and installers (by content or by name),
 * and `dataroom.type_mismatch` when the extension claims a format the content is not.
 */
export async function sniffFileType(input: SniffInput): Promise<SniffedType> {
  const extension = extensionOf(input.fileName);
  if (REFUSED_EXTENSIONS.has(extension)) refuse(extension, 'name');
  if (isShebang(input.head)) refuse(extension, 'script');
  const found = await detect(input);
  let detected = found?.ext ?? (isText(input.head) ? 'text' : 'binary');
  if (REFUSED_CONTENT.has(detected)) refuse(extension, detected);
  if (detected === 'cfb' && isWindowsInstaller(input.head)) refuse(extension, 'msi');
  // file-type calls XML by its declaration; a KML or other XML file is text for our purposes.
  if (detected === 'xml' && !(CLAIMS[extension] ?? []).includes('xml')) detected = 'text';
  const claimed = CLAIMS[extension];
  if (claimed && !claimed.includes(detected)) {
    throw new AppError('dataroom.type_mismatch', {
      params: { extension: `.${extension}` },
      extra: { detected },
    });
  }
  return { ...typeInfoFor(detected, extension, found?.mime), detected };
}
