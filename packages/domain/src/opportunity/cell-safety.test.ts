import { describe, expect, it } from 'vitest';
import { containsHtml, looksLikeFormula } from './cell-safety.ts';

describe('looksLikeFormula', () => {
  it('flags cells a spreadsheet would evaluate (OWASP CSV injection payloads)', () => {
    expect(looksLikeFormula('=HYPERLINK("http://evil.example","مشاهده")')).toBe(true);
    expect(looksLikeFormula('=1+1')).toBe(true);
    expect(looksLikeFormula("+cmd|' /C calc'!A0")).toBe(true);
    expect(looksLikeFormula('@SUM(A1:A3)')).toBe(true);
    expect(looksLikeFormula("-2+3+cmd|' /C calc'!A0")).toBe(true); // minus then a digit, still a formula
    expect(looksLikeFormula('  =1+1')).toBe(true);
    expect(looksLikeFormula('\t=1+1')).toBe(true);
    expect(looksLikeFormula('\rabc')).toBe(true);
    expect(looksLikeFormula('＝1+1')).toBe(true); // full-width equals sign
    expect(looksLikeFormula('- فاز دوم')).toBe(true); // "- phase two": minus followed by a non-digit
  });

  it('lets signed numbers through: a longitude west of Greenwich is a number', () => {
    expect(looksLikeFormula('-12.5')).toBe(false);
    expect(looksLikeFormula('+35.7')).toBe(false);
    expect(looksLikeFormula('-۱۲٫۵')).toBe(false);
    expect(looksLikeFormula('-1,250,000')).toBe(false);
  });

  it('does not flag ordinary text, e-mail addresses or a lone dash', () => {
    expect(looksLikeFormula('معدن مس سرچشمه')).toBe(false);
    expect(looksLikeFormula('info@example.ir')).toBe(false);
    expect(looksLikeFormula('a=b')).toBe(false);
    expect(looksLikeFormula('-')).toBe(false);
    expect(looksLikeFormula('')).toBe(false);
  });
});

describe('containsHtml', () => {
  it('flags tags, closing tags, comments, event handlers and javascript: URLs', () => {
    expect(containsHtml('<script>alert(1)</script>')).toBe(true);
    expect(containsHtml('معدن <img src=x onerror=alert(1)>')).toBe(true);
    expect(containsHtml('<a href="https://example.com">link</a>')).toBe(true);
    expect(containsHtml('铜矿</p>')).toBe(true);
    expect(containsHtml('<b>Copper</b>')).toBe(true);
    expect(containsHtml('<!-- x -->')).toBe(true);
    expect(containsHtml('x onclick = "steal()"')).toBe(true);
    expect(containsHtml('javascript:alert(1)')).toBe(true);
    expect(containsHtml('<SCRIPT>')).toBe(true);
  });

  it('does not flag comparisons and ordinary text', () => {
    expect(containsHtml('grade < 5% Cu')).toBe(false);
    expect(containsHtml('عیار <۵ درصد')).toBe(false);
    expect(containsHtml('condition=good, location: Kerman')).toBe(false);
    expect(containsHtml('产能 ≥ 100万吨')).toBe(false);
  });
});
