import type { Type } from '@nestjs/common';

/** What a column of an import carries: a field of the command's request (or a path parameter), as its form labels it. */
export interface ImportField {
  readonly name: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly helpZh?: string;
  readonly helpEn?: string;
  readonly unitZh?: string;
  readonly unitEn?: string;
  readonly required: boolean;
  readonly kind: 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'string' | 'string[]' | 'nested';
  readonly values?: readonly string[];
  readonly example?: unknown;
}

// @nestjs/swagger's metadata keys (the DTOs' ApiProperty and Label decorators write them)
const PROPERTIES = 'swagger/apiModelProperties';
const PROPERTY_LIST = 'swagger/apiModelPropertiesArray';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Meta = Record<string, any>;

const metaOf = (request: Type<unknown>, name: string): Meta | undefined => Reflect.getMetadata(PROPERTIES, request.prototype, name);

const kindOf = (meta: Meta): ImportField['kind'] => {
  const type = meta['type'];
  if (type === 'array' || meta['isArray']) {
    const item = meta['items']?.type ?? meta['items']?.items?.type;
    return typeof item === 'function' && ![String, Number, Boolean].includes(item) ? 'nested' : 'string[]';
  }
  if (type === 'integer') return 'integer';
  if (type === Number || type === 'number') return 'number';
  if (type === Boolean || type === 'boolean') return 'boolean';
  if (meta['format'] === 'date') return 'date';
  if (meta['format'] === 'date-time') return 'date-time';
  if (typeof type === 'function' && ![String, Number, Boolean, Object].includes(type)) return 'nested';
  return 'string';
};

const fieldOf = (name: string, meta: Meta, required = meta['required'] !== false): ImportField => ({
  name,
  titleZh: meta['title'] ?? name,
  titleEn: meta['x-title-en'] ?? name,
  helpZh: meta['description'],
  helpEn: meta['x-description-en'],
  unitZh: meta['x-unit'],
  unitEn: meta['x-unit-en'],
  required,
  kind: kindOf(meta),
  values: meta['enum'] ?? meta['items']?.enum,
  example: meta['example'],
});

/** The request's fields, path parameters first (labelled by a request of the same record that has them). */
export function importFields(request: Type<unknown>, params: readonly string[] = [], labelledBy: readonly Type<unknown>[] = []): ImportField[] {
  const names: string[] = (Reflect.getMetadata(PROPERTY_LIST, request.prototype) ?? []).map((key: string) => key.slice(1));
  const paramFields = params.map((param) => {
    const meta = labelledBy.map((other) => metaOf(other, param)).find((found) => found !== undefined) ?? {};
    return fieldOf(param, { ...meta, type: 'string' }, true);
  });
  return [...paramFields, ...names.filter((name) => !params.includes(name)).map((name) => fieldOf(name, metaOf(request, name) ?? {}))];
}
