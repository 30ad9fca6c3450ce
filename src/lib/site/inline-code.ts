/** A run of text, either plain or inline code. */
export interface TextPart {
  code: boolean;
  value: string;
}

/** Splits `a \`b\` c` into plain and code parts; an unmatched backtick stays plain text. */
export function splitInlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ code: false, value: text.slice(last, match.index) });
    parts.push({ code: true, value: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ code: false, value: text.slice(last) });
  return parts;
}
