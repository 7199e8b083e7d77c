import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../data/whoswho.schema.json';
import { KnowledgeBase, KnowledgeBaseError } from './knowledgeBase';
import type { KnowledgeBaseFile } from './model';

export { KnowledgeBaseError };

// Compiled on first use: Ajv generates code, which the panel's webview (no eval under its CSP) never needs.
let validateSchema: ValidateFunction<KnowledgeBaseFile> | undefined;

/** Parses and validates the text of a `*.whoswho.json` file; throws KnowledgeBaseError naming where it is wrong. */
export function parseKnowledgeBase(text: string, origin?: string): KnowledgeBase {
  return new KnowledgeBase(validateKnowledgeBase(parseJson(text, origin), origin));
}

/** Strict JSON, with the offset of the first syntax error (jsonc-parser says where; JSON.parse only what). */
export function parseJson(text: string, origin?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const errors: ParseError[] = [];
    parse(body, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first ? first.offset + (body === text ? 0 : 1) : 0;
    const problem = first ? `not valid JSON: ${describeParseError(printParseErrorCode(first.error))}` : 'not valid JSON';
    throw new KnowledgeBaseError('', problem, origin, offset);
  }
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Checks the schema, then what a schema cannot say: unique ids, and references that point at entities that
 * exist, here or among `knownIds` (the knowledge base this file adds to).
 */
export function validateKnowledgeBase(data: unknown, origin?: string, knownIds: ReadonlySet<string> = new Set()): KnowledgeBaseFile {
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
    if (entity.parent !== undefined && !ids.has(entity.parent) && !knownIds.has(entity.parent)) {
      throw new KnowledgeBaseError(`/entities/${index}/parent`, `no entity has the id "${entity.parent}"`, origin);
    }
    entity.roles?.forEach((role, roleIndex) => {
      if (role.institution !== undefined && !ids.has(role.institution) && !knownIds.has(role.institution)) {
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

/**
 * The bundled knowledge base with the user's files added, in order: an entity whose id is already known
 * replaces it (to correct a description, say), a new one joins. Each file is checked against what is known.
 */
export function mergeKnowledgeBases(base: KnowledgeBaseFile, additions: ReadonlyArray<{ file: KnowledgeBaseFile }>): KnowledgeBaseFile {
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  for (const { file } of additions) for (const entity of file.entities) entities.set(entity.id, entity);
  return { ...base, entities: [...entities.values()] };
}
