// `npm run bench`: the engine's speed against the obvious baselines, measured in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../../src/core/engine';
import { parseKnowledgeBase } from '../../src/core/validate';
import { mentionAt } from '../../src/core/mentionIndex';
import type { Mention } from '../../src/core/mentions';
import { NearMissChecker } from '../../src/core/nearMiss';
import { normalizeText } from '../../src/core/normalize';
import { tokenize } from '../../src/core/tokenize';
import { measureNearMisses } from './nearMissQuality';

const root = join(__dirname, '..'); // dist/ → the repository
const article = readFileSync(join(root, 'src/data/article.txt'), 'utf8');
const engine = new Engine(parseKnowledgeBase(readFileSync(join(root, 'src/data/article.whoswho.json'), 'utf8')), article);
const names = engine.knowledgeBase.entities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ id: entity.id, name })));

/** Median milliseconds of `runs` calls, after one warm-up. */
function time(runs: number, work: () => unknown): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function row(what: string, ours: number, baseline: number, baselineName: string): void {
  console.log(`${what.padEnd(44)} ${ours.toFixed(3).padStart(9)} ms   ${baselineName.padEnd(30)} ${baseline.toFixed(3).padStart(9)} ms   ${(baseline / ours).toFixed(1).padStart(6)}x`);
}

/** The obvious baseline: one case-insensitive regular expression per name, run over the whole text. */
const perNameRegexes = names.map(({ id, name }) => ({
  id,
  regex: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'giu'),
}));
function baselineMentions(text: string): number {
  let count = 0;
  for (const { regex } of perNameRegexes) {
    regex.lastIndex = 0;
    while (regex.exec(text)) count++;
  }
  return count;
}

console.log(`Who's Who benchmarks: ${engine.knowledgeBase.entities.length} entities, ${names.length} names and aliases; median of repeated runs\n`);
console.log(`${'what'.padEnd(44)} ${'ours'.padStart(12)}   ${'baseline'.padEnd(30)} ${'time'.padStart(12)}   speed-up`);

for (const copies of [1, 10, 60]) {
  const text = Array.from({ length: copies }, () => article).join('\n\n');
  const ours = time(copies > 10 ? 5 : 20, () => engine.matcher.findMentions(text));
  const baseline = time(copies > 10 ? 5 : 20, () => baselineMentions(text));
  row(`mentions, ${(text.length / 1024).toFixed(0)} KB (article x${copies})`, ours, baseline, 'one regex per name');
}

// A knowledge base ten times larger: ours should stay flat, the baseline grows with the number of names.
{
  const text = Array.from({ length: 10 }, () => article).join('\n\n');
  const bigNames = Array.from({ length: 10 }, (_, copy) => perNameRegexes.map(({ id, regex }) => ({ id, regex: new RegExp(regex.source.replace('\\b', `\\b(?:x${copy})?`), 'giu') }))).flat();
  const baseline = time(5, () => bigNames.forEach(({ regex }) => { regex.lastIndex = 0; while (regex.exec(text)); }));
  const ours = time(5, () => engine.matcher.findMentions(text));
  row(`mentions, 170 KB, ${bigNames.length} baseline names`, ours, baseline, `one regex per name (${bigNames.length})`);
}

const queries = ['yingyong', 'Yng Yong', 'Wang Yongjn', 'procurator general', 'political department jiangxi', 'inner mongolia', 'cppcc', 'photojournalist'];
{
  const ours = time(20, () => queries.forEach((query) => engine.search.search(query, 10)));
  const folded = engine.knowledgeBase.entities.map((entity) => ({ entity, text: normalizeText([entity.name, ...entity.aliases, entity.description].join(' ')) }));
  const baseline = time(20, () => queries.forEach((query) => folded.filter(({ text }) => text.includes(normalizeText(query)))));
  row(`search, ${queries.length} queries (Fuse.js)`, ours, baseline, 'substring filter (no typos)');
  console.log(`${''.padEnd(44)} per query: ${(ours / queries.length).toFixed(3)} ms`);
}

{
  const text = Array.from({ length: 60 }, () => article).join('\n\n');
  const mentions: Mention[] = engine.matcher.findMentions(text);
  const offsets = Array.from({ length: 1000 }, (_, i) => Math.floor((i / 1000) * text.length));
  const ours = time(20, () => offsets.forEach((offset) => mentionAt(mentions, offset)));
  const baseline = time(20, () => offsets.forEach((offset) => mentions.find((m) => m.start <= offset && offset <= m.end)));
  row(`hover lookup, 1000 offsets, ${mentions.length} mentions`, ours, baseline, 'linear scan');
}

{
  const line = 'word '.repeat(200_000);
  const ours = time(5, () => engine.matcher.findMentions(line));
  console.log(`\nmentions in one 1 MB line without names: ${ours.toFixed(1)} ms`);
  const built = time(5, () => new Engine(engine.knowledgeBase, article));
  console.log(`engine build (search index + matcher + paragraphs): ${built.toFixed(2)} ms`);
}

{
  const text = Array.from({ length: 60 }, () => article).join('\n\n');
  const lines = text.split('\n');
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const from = middle - 2000;
  const to = middle + 2000; // about 30 lines: what an edit re-scans
  const ours = time(20, () => engine.matcher.findMentionsInRange(text, from, to));
  const baseline = time(5, () => engine.matcher.findMentions(text));
  console.log('');
  row(`edit re-scan, ~30 lines of ${lines.length}`, ours, baseline, 'full re-scan of 1 MB');
}

{
  // Ten different paragraphs per copy, so that the paragraph cache cannot help the cold check.
  const text = Array.from({ length: 10 }, (_, copy) => article.replace(/\n\n/g, `\n\nCopy ${copy}. `)).join('\n\n');
  const ours = time(5, () => new NearMissChecker(engine).check(text));
  const warm = new NearMissChecker(engine);
  warm.check(text);
  let edits = 0;
  const afterEdit = time(20, () => warm.check(text.replace('Ying Yong, Secretary', `Ying Yong (${edits++}), Secretary`)));
  // The approach the issue suggested: ask Fuse.js for candidates for every run of 1 to 3 capitalised words.
  const fuseCandidates = () => {
    const tokens = tokenize(text);
    const asked = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
        const window = tokens.slice(i, i + n);
        if (!window.every((t) => t.capitalized) || !window.slice(1).every((t) => t.joinsPrevious)) break;
        const phrase = window.map((t) => t.key).join(' ');
        if (!asked.has(phrase)) {
          asked.add(phrase);
          engine.search.search(phrase, 5);
        }
      }
    }
  };
  const baseline = time(3, fuseCandidates);
  row('near-miss check, 170 KB, cold', ours, baseline, 'Fuse.js candidates per phrase');
  row('near-miss re-check after a one-line edit', afterEdit, ours, 'cold check of 170 KB');
  const quality = measureNearMisses(engine, root);
  console.log(`near-miss quality: recall ${quality.recall.toFixed(2)} (${quality.found}/${quality.cases}), false alarms ${quality.falseAlarmsPer10KB.toFixed(2)} per 10 KB (${quality.falseAlarms.length} in ${(quality.cleanBytes / 1024).toFixed(1)} KB)`);
}
