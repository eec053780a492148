/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
const encodeFilename = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with an ASCII fallback (letters, digits, dots, dashes) and the real name in UTF-8
 * (RFC 6266), as the finance export does. The name was cleaned at upload; characters a file
 * system refuses are replaced once more because the header outlives this server.
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
  const stem =
    (dot > 0 ? fileName.slice(0, dot) : fileName)
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'document';
  const ascii = extension ? `${stem}.${extension}` : stem;
  const utf8 = fileName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 200) || ascii;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeFilename(utf8)}`;
}
