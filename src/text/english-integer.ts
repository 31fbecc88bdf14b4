/**
 * A whole number written as `Intl.NumberFormat('en-US')` writes it (`1,234`, `-56,789`), without
 * going through ICU: a format's `format` costs a few microseconds a call, and a build asks for
 * thousands of whole numbers (every French figure's English form in the QA's number facts, the
 * progress lines' counts). Only safe integers (not -0) are written here; `undefined` for anything
 * else, which the caller gives to its `Intl.NumberFormat`.
 *
 * @example
 * groupedInteger(1234567) // '1,234,567'
 * groupedInteger(-1000) // '-1,000'
 * groupedInteger(3.5) // undefined
 */
export function groupedInteger(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
  const digits = String(Math.abs(value));
  let written = digits.length > 3 ? '' : digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    written = digits.slice(0, head);
    for (let at = head; at < digits.length; at += 3) written += `,${digits.slice(at, at + 3)}`;
  }
  return value < 0 ? `-${written}` : written;
}
