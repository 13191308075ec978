import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** Checks real responses against openapi.yaml: the documented status, and the body's schema. */
const document = YAML.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'openapi.yaml'), 'utf8'),
) as OpenApi;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, 'openapi');

interface OpenApi {
  paths: Record<string, Record<string, unknown> & { $ref?: string }>;
  components: { pathItems: Record<string, Record<string, unknown>>; responses: Record<string, unknown> };
}

interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

function resolve<T>(node: T & { $ref?: string }): T {
  if (!node.$ref) return node;
  const [, ...parts] = node.$ref.split('/');
  return parts.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], document) as T;
}

/** The openapi path template that matches a concrete path ("/crm/leads/abc" -> "/crm/leads/{lead_id}"). */
function templateFor(concrete: string): string {
  const bare = concrete.split('?')[0]!;
  for (const template of Object.keys(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(bare)) return template;
  }
  throw new Error(`openapi.yaml documents no path for ${bare}`);
}

export function expectMatchesOpenApi(
  method: string,
  concretePath: string,
  response: { status: number; body: unknown },
): void {
  const template = templateFor(concretePath);
  const pathItem = resolve(document.paths[template]!);
  const operation = pathItem[method.toLowerCase()] as Operation | undefined;
  if (!operation) throw new Error(`openapi.yaml documents no ${method} ${template}`);
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    throw new Error(
      `openapi.yaml documents no ${response.status} for ${method} ${template}; body: ${JSON.stringify(response.body)}`,
    );
  }
  const resolved = resolve(documented);
  const schemaRef = resolved.content?.['application/json']?.schema?.$ref;
  if (!resolved.content) {
    expect(
      response.body === '' || response.body === undefined || JSON.stringify(response.body) === '{}',
    ).toBe(true);
    return;
  }
  if (!schemaRef) throw new Error(`${method} ${template} ${response.status}: schema is not a $ref`);
  const validate = ajv.getSchema(`openapi${schemaRef}`)!;
  if (!validate(response.body)) {
    throw new Error(
      `${method} ${concretePath} ${response.status} does not match ${schemaRef}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(response.body, null, 2)}`,
    );
  }
}
