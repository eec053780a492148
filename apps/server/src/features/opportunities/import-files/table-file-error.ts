/** Why an uploaded table file cannot be read; each code has a message in every language. */
export type TableFileErrorCode =
  | 'empty_file'
  | 'encoding_unreadable'
  | 'not_xlsx'
  | 'zip_bomb'
  | 'too_many_rows'
  | 'unsupported_format'
  | 'malformed_csv';

export class TableFileError extends Error {
  override readonly name = 'TableFileError';
  readonly code: TableFileErrorCode;
  readonly params?: Record<string, string | number>;

  constructor(code: TableFileErrorCode, params?: Record<string, string | number>, options?: ErrorOptions) {
    super(params ? `${code} ${JSON.stringify(params)}` : code, options);
    this.code = code;
    if (params) this.params = params;
  }
}
