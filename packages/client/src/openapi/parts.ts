// Small builders shared by the OpenAPI document's parts: component references, JSON bodies, 2xx answers.
export type JsonObject = Record<string, unknown>;

export const ref = (kind: 'schemas' | 'parameters' | 'responses' | 'headers', name: string) => ({ $ref: `#/components/${kind}/${name}` });
export const json = (schemaName: string) => ({ 'application/json': { schema: ref('schemas', schemaName) } });

export function ok(description: string, schemaName: string, withEtag: boolean) {
  return {
    description,
    ...(withEtag ? { headers: { ETag: ref('headers', 'ETag') } } : {}),
    content: json(schemaName),
  };
}
