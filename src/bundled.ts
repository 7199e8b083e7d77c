// The bundled data set: the article and its knowledge base, built into each bundle by esbuild.
import article from './data/article.txt';
import knowledgeBaseJson from './data/article.whoswho.json';
import { Engine } from './core/engine';
import { KnowledgeBase } from './core/knowledgeBase';
import { validateKnowledgeBase } from './core/validate';

export const bundledArticle: string = article;

export function bundledKnowledgeBase(): KnowledgeBase {
  return new KnowledgeBase(validateKnowledgeBase(knowledgeBaseJson, 'bundled knowledge base'));
}

export function bundledEngine(): Engine {
  return new Engine(bundledKnowledgeBase(), bundledArticle);
}
