/** Hangul syllables and jamo (compatibility and conjoining). */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** True when the text contains at least one Hangul character. */
export function containsHangul(text: string): boolean {
  return HANGUL.test(text);
}
