const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Turns Persian (۰–۹) and Arabic-Indic (٠–٩) digits into ASCII digits and keeps everything
 * else. For codes (TOTP, postal codes) whose leading zeros matter; numbers go through
 * parseLocalizedNumber instead.
 */
export function toAsciiDigits(input: string): string {
  let output = '';
  for (const character of input) {
    const code = character.codePointAt(0)!;
    if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) output += String(code - PERSIAN_ZERO);
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9)
      output += String(code - ARABIC_INDIC_ZERO);
    else output += character;
  }
  return output;
}

/** Keeps only the digits of a one-time code typed in any of the three digit sets. */
export function normaliseOneTimeCode(input: string): string {
  return toAsciiDigits(input).replace(/\D/g, '').slice(0, 8);
}
