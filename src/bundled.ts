// The bundled data set: the article and its knowledge base, built into each bundle by esbuild.
import article from './data/article.txt';
import knowledgeBaseJson from './data/article.whoswho.json';
import { Engine } from './core/engine';
import { KnowledgeBase } from './core/knowledgeBase';
import type { KnowledgeBaseFile } from './core/model';
import { validateKnowledgeBase } from './core/validate';

export const bundledArticle: string = article;

/** The bundled knowledge base as a file (validated), for merging the user's own into. */
export function bundledKnowledgeBaseFile(): KnowledgeBaseFile {
  return validateKnowledgeBase(knowledgeBaseJson, 'bundled knowledge base');
}

export function bundledKnowledgeBase(): KnowledgeBase {
  return new KnowledgeBase(bundledKnowledgeBaseFile());
}

export function bundledEngine(): Engine {
  return new Engine(bundledKnowledgeBase(), bundledArticle);
}
