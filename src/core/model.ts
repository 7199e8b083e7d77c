/** The knowledge base as stored in a `*.whoswho.json` file. */

export type EntityKind = 'person' | 'institution' | 'event';

export type InstitutionCategory =
  | 'national'
  | 'provincial'
  | 'municipal'
  | 'district'
  | 'county'
  | 'development-zone'
  | 'department'
  | 'party'
  | 'legislature'
  | 'advisory'
  | 'university'
  | 'school'
  | 'company'
  | 'media';

export interface Role {
  /** The title in the article's own words, e.g. "Procurator General". */
  title: string;
  /** Id of the institution the title belongs to, when the article names one. */
  institution?: string;
}

export interface Quote {
  /** Verbatim from the article. */
  text: string;
  /** 1-based paragraph of the article the quote comes from. */
  paragraph: number;
  /** `direct` between quotation marks in the article; `reported` in indirect speech. */
  form: 'direct' | 'reported';
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  /** 1-based paragraphs of the article where the entity is mentioned. */
  paragraphs: number[];
  roles?: Role[];
  quotes?: Quote[];
  category?: InstitutionCategory;
  /** Id of the institution or event this one belongs to. */
  parent?: string;
}

export interface SourceInfo {
  title: string;
  outlet?: string;
  date?: string;
  /** The article's text file, relative to the knowledge base. */
  file?: string;
}

export interface KnowledgeBaseFile {
  $schema?: string;
  version: 1;
  source: SourceInfo;
  entities: Entity[];
}
