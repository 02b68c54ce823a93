import type { OpenAPIObject } from '@nestjs/swagger';

/** The error body every service sends (see the platform's exception filter). */
const errorSchema = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    correlationId: { type: 'string' },
  },
};

type Schema = { type?: string; properties?: Record<string, unknown>; additionalProperties?: boolean };

/**
 * What the generated document cannot learn from the decorators, made true once for every service:
 * request bodies refuse unknown properties (the validation pipe forbids them), and the bearer
 * scheme the operations name is defined.
 */
export function completeDocument(document: OpenAPIObject, { years }: { years?: { first: number; last: number } } = {}): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const requestBodies = new Set<string>();
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }[]) {
      const ref = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      if (ref) requestBodies.add(ref.replace('#/components/schemas/', ''));
    }
  }
  // nested request classes (e.g. an expansion plan's tasks) are request schemas too
  const queue = [...requestBodies];
  while (queue.length > 0) {
    const schema = schemas[queue.pop() as string];
    for (const [, name] of JSON.stringify(schema?.properties ?? {}).matchAll(/#\/components\/schemas\/(\w+)/g)) {
      if (requestBodies.has(name)) continue;
      requestBodies.add(name);
      queue.push(name);
    }
  }
  for (const name of requestBodies) if (schemas[name]?.type === 'object') schemas[name].additionalProperties = false;
  // every input is validated (unknown query parameters too): an operation that takes any can answer 400
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> }[]) {
      if (!operation?.responses || operation.responses['400']) continue;
      if (!operation.parameters?.length && !operation.requestBody) continue;
      operation.responses['400'] = {
        description: 'Malformed input; the message names each bad field',
        content: { 'application/json': { schema: errorSchema } },
      };
    }
  }
  // a year parameter takes the park's years: from its establishment to the current one (at start-up)
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { parameters?: { name?: string; schema?: { type?: string; minimum?: number; maximum?: number } }[] }[]) {
      for (const parameter of operation?.parameters ?? []) {
        if (years && parameter.name === 'year' && parameter.schema?.type === 'integer') Object.assign(parameter.schema, { minimum: years.first, maximum: years.last });
      }
    }
  }
  document.components = {
    ...document.components,
    securitySchemes: {
      ...document.components?.securitySchemes,
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
  };
  return document;
}

/** The methods a path of the document takes, or undefined for a path it does not have. */
export type AllowedMethods = (path: string) => readonly string[] | undefined;

/**
 * The document's paths as matchers, for answering 405 (with `Allow`) instead of 404 to a method a
 * path does not take. Consulted only for requests no route matched, never on the way to a handler.
 */
export function allowedMethodsOf(document: OpenAPIObject): AllowedMethods {
  const routes = Object.entries(document.paths).map(([path, operations]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}/?$`),
    methods: Object.keys(operations).map((method) => method.toUpperCase()),
  }));
  return (path) => routes.find((route) => route.pattern.test(path))?.methods;
}
