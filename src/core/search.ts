import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { KnowledgeBase } from './knowledgeBase';
import type { Entity } from './model';
import { relativeEditDistance } from './editDistance';
import { compactKey, normalizeText } from './normalize';

/** Which field of an entity a search hit matched. */
export type SearchField = 'name' | 'aliases' | 'compact' | 'roles' | 'description';

/** Ranges in a field's value that matched, as [start, end) UTF-16 offsets: what the panel highlights. */
export interface FieldMatch {
  field: SearchField;
  value: string;
  ranges: Array<[number, number]>;
}

export interface SearchHit {
  entity: Entity;
  /** 0 is a perfect match, 1 no match at all (Fuse.js's scale). */
  score: number;
  matches: FieldMatch[];
}

interface SearchDocument {
  entity: Entity;
  name: string;
  aliases: string[];
  /** Names and aliases with nothing but letters and digits: finds "yingyong". */
  compact: string[];
  /** "Procurator General of the Supreme People's Procuratorate": a title with its institution. */
  roles: string[];
  description: string;
}

const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 4,
  aliases: 3,
  compact: 3,
  roles: 2,
  description: 0.5,
};

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: (Object.keys(FIELD_WEIGHTS) as SearchField[]).map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.4,
  minMatchCharLength: 2,
  // Words of a query are matched one by one, each fuzzily, and all must match: "political department jiangxi"
  // finds the name whatever the order of its words, and each word added narrows the list.
  useTokenSearch: true,
  tokenMatch: 'all',
  tokenize: searchWords,
};

/**
 * How much a query's spelling distance to the closest name moves a hit: enough to order near-ties
 * ("Yng Yong" is nearer Ying Yong than Wang Yongjin), too little to lift a worse match over a better one.
 */
const NAME_DISTANCE_WEIGHT = 0.05;

/** Words for Fuse.js's token search; possessives and apostrophes vanish, so "People's" and "People" agree and no stray "s" is left. */
function searchWords(text: string): string[] {
  return text.replace(/\s*['\u2019]s\b/g, '').replace(/['\u2019]/g, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The Fuse.js index of a knowledge base, built once per knowledge base. */
export class SearchIndex {
  private readonly fuse: Fuse<SearchDocument>;
  private readonly documents: SearchDocument[];

  constructor(private readonly knowledgeBase: KnowledgeBase) {
    this.documents = knowledgeBase.entities.map((entity) => this.toDocument(entity));
    this.fuse = new Fuse(this.documents, FUSE_OPTIONS);
  }

  search(query: string, limit = 20): SearchHit[] {
    const folded = normalizeText(query);
    if (folded.length === 0) return [];
    const compactQuery = compactKey(folded);
    return this.fuse
      .search(folded, { limit: limit + 10 })
      .map((result) => {
        const hit = toHit(result);
        const nameDistance = Math.min(...result.item.compact.map((name) => relativeEditDistance(compactQuery, name)));
        return { ...hit, score: Math.min(1, hit.score + NAME_DISTANCE_WEIGHT * nameDistance) };
      })
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  }

  private toDocument(entity: Entity): SearchDocument {
    const institutionName = (id: string | undefined) => (id ? this.knowledgeBase.get(id)?.name : undefined);
    return {
      entity,
      name: entity.name,
      aliases: entity.aliases,
      compact: [entity.name, ...entity.aliases].map(compactKey),
      roles: (entity.roles ?? []).map((role) => [role.title, institutionName(role.institution)].filter(Boolean).join(' of the ')),
      description: entity.description,
    };
  }
}

function toHit(result: FuseResult<SearchDocument>): SearchHit {
  return {
    entity: result.item.entity,
    score: result.score ?? 1,
    matches: (result.matches ?? []).map((match) => ({
      field: match.key as SearchField,
      value: match.value ?? '',
      ranges: match.indices.map(([start, end]) => [start, end + 1] as [number, number]),
    })),
  };
}
