/**
 * The spreadsheet error a finance function would show, as a stable code:
 * `NUM` (#NUM!: no result / argument out of range), `VALUE` (#VALUE!: wrong kind of argument),
 * `DIV0` (#DIV/0!: a division by zero).
 */
export type FinanceErrorCode = 'NUM' | 'VALUE' | 'DIV0';

/**
 * Thrown where Excel or LibreOffice Calc would answer with an error value instead of a number.
 * `code` is the spreadsheet error (`NUM`, `VALUE`, `DIV0`); `message` says which argument and why.
 */
export class FinanceError extends Error {
  readonly code: FinanceErrorCode;

  constructor(code: FinanceErrorCode, message: string) {
    super(`#${code === 'DIV0' ? 'DIV/0' : code}! ${message}`);
    this.name = 'FinanceError';
    this.code = code;
  }
}

/** Throws `FinanceError('VALUE')` unless every argument is a finite number (spreadsheet #VALUE!). */
export function assertNumbers(fn: string, values: Record<string, number>): void {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new FinanceError('VALUE', `${fn}: ${name} must be a finite number`);
    }
  }
}
