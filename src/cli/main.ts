import { readFileSync } from 'node:fs';
import { bundledEngine } from '../bundled';
import { Engine } from '../core/engine';
import { findMisquotes } from '../core/misquotes';
import { KnowledgeBaseError, parseKnowledgeBase } from '../core/validate';
import { parseArgs, UsageError, type ParsedArgs } from './args';

const USAGE = `Usage: whoswho <command> [options]

Commands:
  list                 every person, institution and event
  search QUERY         fuzzy search (typos, partial names, titles, institutions)
  mentions FILE        every mention of a known name in FILE
  lint FILE...         misspelled names and misquotes; exit 1 when any is found

Options:
  --json               machine-readable output
  --limit N            at most N search results (default 10)
  --kb FILE            use this knowledge base (*.whoswho.json) instead of the bundled article's`;

/** Runs one command; returns the exit code. Output goes through `out`, errors through `err`. */
export function run(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.help || args.command === undefined) {
      (args.help ? out : err)(USAGE);
      return args.help ? 0 : 2;
    }
    const engine = args.kb ? new Engine(parseKnowledgeBase(readText(args.kb), args.kb)) : bundledEngine();
    switch (args.command) {
      case 'list':
        return list(engine, args, out);
      case 'search':
        return search(engine, args, out);
      case 'mentions':
        return mentions(engine, args, out);
      case 'lint':
        return lint(engine, args, out);
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) err(`whoswho: ${error.message} (see whoswho --help)`);
    else if (error instanceof KnowledgeBaseError) err(`whoswho: invalid knowledge base: ${error.message}`);
    else if (error instanceof FileError) err(`whoswho: ${error.message}`);
    else throw error;
    return 2;
  }
}

class FileError extends Error {}

function readText(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new FileError(`cannot read ${path}: ${reason}`);
  }
  if (text.includes('\u0000')) throw new FileError(`${path} looks binary (it holds NUL bytes): give a text file`);
  return text;
}

function list(engine: Engine, args: ParsedArgs, out: (line: string) => void): number {
  const rows = engine.knowledgeBase.entities.map(({ id, kind, name, aliases }) => ({ id, kind, name, aliases }));
  if (args.json) out(JSON.stringify(rows, null, 2));
  else for (const row of rows) out(`${row.kind.padEnd(11)} ${row.id.padEnd(44)} ${row.name}${row.aliases.length ? ` (${row.aliases.join(', ')})` : ''}`);
  return 0;
}

function search(engine: Engine, args: ParsedArgs, out: (line: string) => void): number {
  const query = args.positional.join(' ');
  if (query.trim() === '') throw new UsageError('search needs a QUERY');
  const hits = engine.search.search(query, args.limit ?? 10).map(({ entity, score }) => ({ id: entity.id, name: entity.name, kind: entity.kind, score: Number(score.toFixed(4)) }));
  if (args.json) out(JSON.stringify(hits, null, 2));
  else if (hits.length === 0) out(`no match for "${query}"`);
  else for (const hit of hits) out(`${hit.score.toFixed(3)}  ${hit.kind.padEnd(11)} ${hit.name}  [${hit.id}]`);
  return 0;
}

function mentions(engine: Engine, args: ParsedArgs, out: (line: string) => void): number {
  const [file, ...extra] = args.positional;
  if (file === undefined) throw new UsageError('mentions needs a FILE');
  if (extra.length > 0) throw new UsageError(`mentions takes one FILE, not ${args.positional.length}`);
  const found = engine.matcher.findMentions(readText(file)).map(({ entityId, text, start, end, line, character }) => ({ id: entityId, text, offset: start, length: end - start, line, character }));
  if (args.json) out(JSON.stringify(found, null, 2));
  else for (const mention of found) out(`${file}:${mention.line + 1}:${mention.character + 1}: ${mention.text} [${mention.id}]`);
  return 0;
}

interface LintProblem {
  file: string;
  line: number;
  column: number;
  kind: 'misspelled-name' | 'misquote';
  text: string;
  suggestions: string[];
  message: string;
}

/** Misspelled names and misquotes in each file: exit 1 when there are any, 0 when all are clean. */
function lint(engine: Engine, args: ParsedArgs, out: (line: string) => void): number {
  if (args.positional.length === 0) throw new UsageError('lint needs at least one FILE');
  const problems: LintProblem[] = [];
  for (const file of args.positional) {
    const text = readText(file);
    const language = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
    for (const miss of engine.nearMisses.check(text, language)) {
      const suggestions = miss.candidates.map((candidate) => candidate.name);
      problems.push({ file, line: miss.line + 1, column: miss.character + 1, kind: 'misspelled-name', text: miss.text, suggestions, message: `did you mean "${suggestions[0]}"? ("${miss.text.replace(/\s+/g, ' ')}")` });
    }
    for (const misquote of findMisquotes(engine.knowledgeBase, text, engine.documentMentions(text))) {
      const person = engine.knowledgeBase.get(misquote.entityId)?.name ?? misquote.entityId;
      problems.push({ file, line: misquote.line + 1, column: misquote.character + 1, kind: 'misquote', text: misquote.text, suggestions: [misquote.articleText], message: `differs from what ${person} said in the article (¶${misquote.paragraph}): "${misquote.articleText}"` });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  if (args.json) out(JSON.stringify(problems, null, 2));
  else for (const problem of problems) out(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  return problems.length > 0 ? 1 : 0;
}
