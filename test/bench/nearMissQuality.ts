// The near-miss checker measured on its test set: recall on realistic misspellings embedded in prose,
// and false alarms per 10 KB of correct prose (the article itself, a follow-up story, unrelated topics).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/core/engine';
import { NearMissChecker } from '../../src/core/nearMiss';

export interface NearMissQuality {
  cases: number;
  found: number;
  recall: number;
  missed: string[];
  cleanBytes: number;
  falseAlarms: string[];
  falseAlarmsPer10KB: number;
}

export function measureNearMisses(engine: Engine, root: string): NearMissQuality {
  const checker = new NearMissChecker(engine);
  const dir = join(root, 'test', 'fixtures', 'nearMiss');
  const cases = readFileSync(join(dir, 'misspellings.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  const missed: string[] = [];
  for (const [sentence, misspelled, expected] of cases) {
    const hit = checker.check(sentence).find((miss) => miss.text.includes(misspelled) || misspelled.includes(miss.text));
    if (!hit || hit.candidates[0]?.entityId !== expected) missed.push(`${misspelled} → ${hit ? hit.candidates[0]?.entityId : 'nothing'} (wanted ${expected})`);
  }
  const clean = [
    { name: 'article.txt', text: engine.article, language: 'plaintext' },
    ...readdirSync(join(dir, 'clean')).map((name) => ({ name, text: readFileSync(join(dir, 'clean', name), 'utf8'), language: 'markdown' })),
  ];
  const falseAlarms = clean.flatMap(({ name, text, language }) => checker.check(text, language).map((miss) => `${name}: "${miss.text}" → ${miss.candidates[0]?.name}`));
  const cleanBytes = clean.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  return {
    cases: cases.length,
    found: cases.length - missed.length,
    recall: (cases.length - missed.length) / cases.length,
    missed,
    cleanBytes,
    falseAlarms,
    falseAlarmsPer10KB: falseAlarms.length / (cleanBytes / 10240),
  };
}
