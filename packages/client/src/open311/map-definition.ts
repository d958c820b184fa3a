// GET /services/{code}: the extra questions a service asks when a problem is reported (metadata=true).
import { DiwanError } from '../errors.js';
import { isFields, text, type Fields } from './map-common.js';

export type Open311Datatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export interface Open311AttributeValue {
  key: string;
  name: string;
}

/** One question of a service definition, as the spec describes it, with its types made real. */
export interface Open311Attribute {
  code: string;
  /** False for a plain information text that asks nothing. */
  variable: boolean;
  datatype: Open311Datatype;
  required: boolean;
  description: string;
  datatypeDescription?: string;
  order: number;
  values: Open311AttributeValue[];
}

export interface Open311ServiceDefinition {
  /** The Diwan service id (see `serviceIdFromCode`). */
  serviceId: string;
  serviceCode: string;
  /** Sorted by `order`. */
  attributes: Open311Attribute[];
}

const DATATYPES = new Set<string>(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']);

function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  const said = text(value)?.toLowerCase();
  if (said === 'true' || said === '1' || said === 'yes') return true;
  if (said === 'false' || said === '0' || said === 'no') return false;
  return fallback;
}

function listOf(value: unknown): Fields[] {
  if (Array.isArray(value)) return value.filter(isFields);
  if (isFields(value)) {
    // XML without a list wrapper: `<values><value>…` became a list already; `<attribute>` repeated became one too
    return [value];
  }
  return [];
}

function valuesOf(value: unknown): Open311AttributeValue[] {
  const entries = isFields(value) && 'value' in value ? listOf(value.value) : listOf(value);
  return entries.flatMap((entry) => {
    const key = text(entry.key);
    if (key === undefined) return [];
    return [{ key, name: text(entry.name) ?? key }];
  });
}

/** A decoded service definition → typed attributes; attributes with an unknown datatype or no code are left out. */
export function mapServiceDefinition(data: unknown, serviceId: string, serviceCode: string): Open311ServiceDefinition {
  if (!isFields(data)) {
    throw new DiwanError('invalid_response', 'The Open311 server sent a service definition Diwan cannot read.', { retryable: false });
  }
  // The spec wraps attributes in <attributes>; SF311's recorded answers put <attribute> straight inside.
  const raw = data.attributes ?? data.attribute;
  const attributes: Open311Attribute[] = [];
  for (const entry of listOf(raw)) {
    const code = text(entry.code);
    const datatype = text(entry.datatype)?.toLowerCase();
    if (!code || !datatype || !DATATYPES.has(datatype)) continue;
    const attribute: Open311Attribute = {
      code,
      variable: flag(entry.variable, true),
      datatype: datatype as Open311Datatype,
      required: flag(entry.required, false),
      description: text(entry.description) ?? '',
      order: Number(text(entry.order)) || attributes.length + 1,
      values: valuesOf(entry.values),
    };
    const datatypeDescription = text(entry.datatype_description);
    if (datatypeDescription) attribute.datatypeDescription = datatypeDescription;
    attributes.push(attribute);
  }
  attributes.sort((a, b) => a.order - b.order);
  return { serviceId, serviceCode, attributes };
}
