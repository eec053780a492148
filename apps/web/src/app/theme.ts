import { createTheme } from '@mantine/core';

/**
 * Fonts are chosen in global.css per `<html lang>` (Vazirmatn for Persian and Arabic,
 * Noto Sans SC for Chinese), so the theme only points at that variable.
 */
export const theme = createTheme({
  primaryColor: 'cyan',
  primaryShade: 8,
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'var(--karvan-font)',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: { fontFamily: 'var(--karvan-font)', fontWeight: '700' },
});
