/*
 * Text from files (names, titles, parser messages) made safe to print on a terminal line: control
 * characters, bidirectional controls and line breaks are shown as escapes (\x1b, \u202e, \n), so a
 * file name cannot move the cursor, recolour the terminal, reorder the line or forge a line of its own.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** `text` with every control character escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
