import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../data/whoswho.schema.json';
import { KnowledgeBase, KnowledgeBaseError } from './knowledgeBase';

export { KnowledgeBaseError };
import type { KnowledgeBaseFile } from './model';

// Compiled on first use: Ajv generates code, which the panel's webview (no eval under its CSP) never needs.
let validateSchema: ValidateFunction<KnowledgeBaseFile> | undefined;

/** Parses and validates the text of a `*.whoswho.json` file; throws KnowledgeBaseError naming where it is wrong. */
export function parseKnowledgeBase(text: string, origin?: string): KnowledgeBase {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new KnowledgeBaseError('', `not valid JSON (${(error as Error).message})`, origin);
  }
  return new KnowledgeBase(validateKnowledgeBase(data, origin));
}

/** Checks the schema, then what a schema cannot say: unique ids, and references that point at entities that exist. */
export function validateKnowledgeBase(data: unknown, origin?: string): KnowledgeBaseFile {
  validateSchema ??= new Ajv({ allErrors: false, strict: false }).compile<KnowledgeBaseFile>(schema);
  if (!validateSchema(data)) {
    const first = (validateSchema.errors ?? [])[0];
    throw new KnowledgeBaseError(first?.instancePath ?? '', describeSchemaError(first), origin);
  }
  const ids = new Map<string, number>();
  data.entities.forEach((entity, index) => {
    if (ids.has(entity.id)) {
      throw new KnowledgeBaseError(`/entities/${index}/id`, `duplicate id "${entity.id}" (first used by /entities/${ids.get(entity.id)})`, origin);
    }
    ids.set(entity.id, index);
  });
  data.entities.forEach((entity, index) => {
    if (entity.parent !== undefined && !ids.has(entity.parent)) {
      throw new KnowledgeBaseError(`/entities/${index}/parent`, `no entity has the id "${entity.parent}"`, origin);
    }
    entity.roles?.forEach((role, roleIndex) => {
      if (role.institution !== undefined && !ids.has(role.institution)) {
        throw new KnowledgeBaseError(`/entities/${index}/roles/${roleIndex}/institution`, `no entity has the id "${role.institution}"`, origin);
      }
    });
  });
  return data;
}

function describeSchemaError(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the Who\'s Who schema';
  if (error.keyword === 'additionalProperties') {
    return `unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'enum') {
    return `${error.message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return error.message ?? 'does not match the Who\'s Who schema';
}
