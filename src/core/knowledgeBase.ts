import type { Entity, KnowledgeBaseFile, SourceInfo } from './model';

/** A knowledge base that cannot be used, with the JSON path of the first problem ("/entities/3/name"). */
export class KnowledgeBaseError extends Error {
  constructor(
    readonly jsonPath: string,
    readonly problem: string,
    readonly origin?: string,
    /** For a syntax error: where in the text it is. */
    readonly offset?: number,
  ) {
    super(`${origin ? `${origin}: ` : ''}${jsonPath || '/'}: ${problem}${offset !== undefined ? ` (at offset ${offset})` : ''}`);
    this.name = 'KnowledgeBaseError';
  }
}

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

  /** Whether an entity is `containerId` itself or lies inside it (a department of a procuratorate, say). */
  isWithin(id: string, containerId: string): boolean {
    return id === containerId || this.ancestors(id).some((ancestor) => ancestor.id === containerId);
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
