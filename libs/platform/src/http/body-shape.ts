import { textProblem } from '@park-ledger/contracts';

/** Deeper than any command body: the DTOs nest three levels at most (a bulk list of returns). */
export const MAX_BODY_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What a parsed JSON body may not hold, whatever the route: nesting deeper than MAX_BODY_DEPTH,
 * keys that name an object's prototype, and text PostgreSQL cannot store (NUL, unpaired
 * surrogates) in any key or string. Walked with an explicit stack, so a deep body cannot overflow
 * it; answers one message naming the first offending place, as validation does.
 */
export function bodyShapeProblem(body: unknown): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: 'body', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `${path}: ${problem}`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) return `${path}: nested deeper than ${MAX_BODY_DEPTH} levels`;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return `${path}: a key ${keyProblem}`;
      if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}: is not allowed`;
      stack.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}
