/**
 * Text as a clerk means it: characters are Unicode code points (an emoji is one, not two), and only
 * what PostgreSQL and JSON can hold is text — no NUL, no unpaired surrogate. The DTOs at the edge and
 * the payload schemas at append count and refuse the same way.
 */
export const codePointLength = (value: string): number => {
  let length = 0;
  for (const _ of value) length++; // a string iterates by code point
  return length;
};

/** Why a string cannot be stored as text, or undefined when it can. */
export const textProblem = (value: string): string | undefined => {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0) return 'must not contain a NUL character';
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return 'must not contain an unpaired surrogate';
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'must not contain an unpaired surrogate';
    }
  }
  return undefined;
};
