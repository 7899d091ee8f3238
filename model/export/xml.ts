/* XML text helpers for the streaming GEXF and GraphML writers. */

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and carriage return, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Escapes text for an XML attribute value (newlines and tabs kept as character references). */
export function xmlAttr(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c]!);
}

/** Escapes text for XML element content. */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/** A CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()) as channels, or null when it is not one. */
export function parseColor(color: string): { r: number; g: number; b: number; a: number | undefined } | null {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(color.trim());
  if (hex) {
    let digits = hex[1]!;
    if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join('');
    if (digits.length !== 6 && digits.length !== 8) return null;
    const n = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? Math.round((n(6) / 255) * 100) / 100 : undefined };
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(color.trim());
  if (rgb) {
    const clamp = (v: string) => Math.max(0, Math.min(255, Number(v)));
    return {
      r: clamp(rgb[1]!),
      g: clamp(rgb[2]!),
      b: clamp(rgb[3]!),
      a: rgb[4] === undefined ? undefined : Math.max(0, Math.min(1, Number(rgb[4]))),
    };
  }
  return null;
}

/** Today as YYYY-MM-DD (for GEXF's lastmodifieddate). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
