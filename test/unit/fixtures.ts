import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../src/core/engine';
import { parseKnowledgeBase } from '../../src/core/validate';

const dataDir = join(__dirname, '..', '..', 'src', 'data');

export const articleText = readFileSync(join(dataDir, 'article.txt'), 'utf8');
export const knowledgeBaseText = readFileSync(join(dataDir, 'article.whoswho.json'), 'utf8');

let engine: Engine | undefined;
/** The bundled article's engine, built once for all unit tests. */
export function articleEngine(): Engine {
  engine ??= new Engine(parseKnowledgeBase(knowledgeBaseText), articleText);
  return engine;
}
