/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
const encodeFilename = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Letters, digits and dashes only: the part of a name every client can take in `filename`. */
export const asciiFileStem = (name: string, maxLength: number): string =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);

/** The real name for `filename*`, with what a file system refuses replaced. */
export const utf8FileName = (name: string, maxLength: number): string =>
  name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, maxLength);

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266). */
export const contentDisposition = (ascii: string, utf8: string): string =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeFilename(utf8)}`;

/**
 * `attachment` with an ASCII fallback (letters, digits, dots, dashes) and the real name in UTF-8
 * (RFC 6266). A data-room name was cleaned at upload; characters a file system refuses are
 * replaced once more because the header outlives this server.
 */
export function attachmentFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension =
    dot > 0
      ? fileName
          .slice(dot + 1)
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 10)
      : '';
  const stem = asciiFileStem(dot > 0 ? fileName.slice(0, dot) : fileName, 80) || 'document';
  const ascii = extension ? `${stem}.${extension}` : stem;
  return contentDisposition(ascii, utf8FileName(fileName, 200) || ascii);
}
