import { bodyShapeProblem, MAX_BODY_DEPTH } from './body-shape';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('a parsed request body', () => {
  it('passes when it is ordinary JSON, Chinese and emoji included', () => {
    expect(bodyShapeProblem({ nameZh: '晶昊盐化 🏭', amounts: [1, 2], nested: { ok: true } })).toBeUndefined();
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH - 1))).toBeUndefined();
  });

  it('is refused, naming the field, when a string holds a NUL or an unpaired surrogate', () => {
    expect(bodyShapeProblem({ enterpriseNameZh: 'a\u0000b' })).toBe('body.enterpriseNameZh: must not contain a NUL character');
    expect(bodyShapeProblem({ returns: [{ note: 'x\ud800y' }] })).toBe(
      'body.returns[0].note: must not contain an unpaired surrogate',
    );
    expect(bodyShapeProblem({ note: 'x\udc00' })).toBe('body.note: must not contain an unpaired surrogate');
    expect(bodyShapeProblem({ ['k\u0000']: 1 })).toBe('body: a key must not contain a NUL character');
  });

  it('is refused when it names a prototype, as any unknown key would be', () => {
    expect(bodyShapeProblem(JSON.parse('{"__proto__":{"admin":true}}'))).toBe('body.__proto__: is not allowed');
    expect(bodyShapeProblem({ constructor: { prototype: {} } })).toBe('body.constructor: is not allowed');
  });

  it('is refused when nested deeper than any command, without overflowing on 100,000 levels', () => {
    expect(bodyShapeProblem(nested(MAX_BODY_DEPTH + 1))).toMatch(/nested deeper than 16 levels/);
    expect(bodyShapeProblem(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toMatch(/nested deeper/);
    expect(bodyShapeProblem({ field: JSON.parse('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)) })).toMatch(/nested deeper/);
  });
});
