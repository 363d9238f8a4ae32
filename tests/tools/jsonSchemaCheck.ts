/**
 * A small JSON Schema (2020-12) checker for the keywords docs/export-schema.json uses, so a test
 * can validate an export against the published file itself, with no validator package. A
 * keyword it does not know is an error, never silently passed: the file could otherwise grow a
 * rule this checker ignores and the test would still pass.
 */
type Schema = boolean | { [keyword: string]: unknown };

const known = new Set([
  '$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const',
  'anyOf', 'oneOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems',
  'maxItems', 'propertyNames',
]);

export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const unknown = Object.keys(schema).filter((keyword) => !known.has(keyword));
  if (unknown.length > 0) return [`${path}: the checker does not know ${unknown.join(', ')}`];
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  const s = schema as Record<string, unknown>;
  if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((type) => isType(value, type as string))) return [`${path}: expected ${String(s.type)}`];
  if (s.const !== undefined && value !== s.const) fail(`expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) fail(`expected one of ${JSON.stringify(s.enum)}`);
  if (Array.isArray(s.anyOf)) {
    // Report the nearest option's own errors: "matches none" alone would hide which field broke.
    const tries = s.anyOf.map((option) => schemaErrors(option as Schema, value, path));
    if (!tries.some((list) => list.length === 0)) errors.push(...tries.reduce((best, list) => (list.length < best.length ? list : best)));
  }
  if (Array.isArray(s.oneOf) && s.oneOf.filter((option) => schemaErrors(option as Schema, value, path).length === 0).length !== 1) fail('does not match exactly one of oneOf');
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`above ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) fail(`not above ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) fail(`not below ${s.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length;
    if (typeof s.minLength === 'number' && length < s.minLength) fail(`shorter than ${s.minLength}`);
    if (typeof s.maxLength === 'number' && length > s.maxLength) fail(`longer than ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) fail(`does not match ${s.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) fail(`fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail(`more than ${s.maxItems} items`);
    if (s.items !== undefined) value.forEach((item, index) => errors.push(...schemaErrors(s.items as Schema, item, `${path}[${index}]`)));
  }
  if (isType(value, 'object')) {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in object)) fail(`missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (s.propertyNames !== undefined) errors.push(...schemaErrors(s.propertyNames as Schema, key, `${path}.${key} (name)`));
      if (key in properties) errors.push(...schemaErrors(properties[key] as Schema, item, `${path}.${key}`));
      else if (s.additionalProperties !== undefined) errors.push(...schemaErrors(s.additionalProperties as Schema, item, `${path}.${key}`));
    }
  }
  return errors;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
