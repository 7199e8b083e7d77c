import Ajv, { type ErrorObject } from 'ajv';
import schema from '../data/whoswho.schema.json';
import type { Entity, KnowledgeBaseFile, SourceInfo } from './model';

/** A knowledge base that cannot be used, with the JSON path of the first problem ("/entities/3/name"). */
export class KnowledgeBaseError extends Error {
  constructor(
    readonly jsonPath: string,
    readonly problem: string,
    readonly origin?: string,
  ) {
    super(`${origin ? `${origin}: ` : ''}${jsonPath || '/'}: ${problem}`);
    this.name = 'KnowledgeBaseError';
  }
}

const validateSchema = new Ajv({ allErrors: false, strict: false }).compile<KnowledgeBaseFile>(schema);

/** Validated, indexed entities. Immutable: a changed file gives a new KnowledgeBase. */
export class KnowledgeBase {
  readonly entities: readonly Entity[];
  readonly source: SourceInfo;
  private readonly byId: Map<string, Entity>;
  private readonly childrenById = new Map<string, Entity[]>();
  private readonly peopleByInstitution = new Map<string, Entity[]>();

  constructor(file: KnowledgeBaseFile) {
    this.entities = file.entities;
    this.source = file.source;
    this.byId = new Map(file.entities.map((entity) => [entity.id, entity]));
    for (const entity of file.entities) {
      if (entity.parent) pushTo(this.childrenById, entity.parent, entity);
      for (const role of entity.roles ?? []) {
        if (role.institution) pushTo(this.peopleByInstitution, role.institution, entity);
      }
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  children(id: string): Entity[] {
    return this.childrenById.get(id) ?? [];
  }

  /** People holding a role in this institution, each once, in knowledge-base order. */
  people(institutionId: string): Entity[] {
    return [...new Set(this.peopleByInstitution.get(institutionId) ?? [])];
  }

  /** The chain of parents, nearest first. */
  ancestors(id: string): Entity[] {
    const chain: Entity[] = [];
    const seen = new Set<string>([id]);
    for (let parent = this.get(this.get(id)?.parent ?? ''); parent && !seen.has(parent.id); parent = this.get(parent.parent ?? '')) {
      seen.add(parent.id);
      chain.push(parent);
    }
    return chain;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

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
