import * as vscode from 'vscode';
import { bundledArticle, bundledKnowledgeBaseFile } from '../bundled';
import { Engine } from '../core/engine';
import { locateJsonPath } from '../core/jsonLocation';
import { KnowledgeBase } from '../core/knowledgeBase';
import type { KnowledgeBaseFile } from '../core/model';
import { KnowledgeBaseError, mergeKnowledgeBases, parseJson, validateKnowledgeBase } from '../core/validate';
import type { EngineHost } from './engineHost';

const PATTERN = '**/*.whoswho.json';
const EXCLUDE = '**/{node_modules,.git,.vscode-test}/**';
const MAX_FILES = 50;

/**
 * The user's own knowledge bases: every `*.whoswho.json` of the workspace is added to the bundled one.
 * A file that is not valid is left out whole, with a diagnostic at the place it is wrong; the rest keeps
 * working. Reloaded when such a file is created, changed or deleted.
 */
export class WorkspaceKnowledgeBases implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('whoswho-knowledge-base');
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  private readonly loaded = new vscode.EventEmitter<{ files: string[]; invalid: string[] }>();
  /** Fires after each load (tests wait on it). */
  readonly onDidLoad = this.loaded.event;
  /** The files in use after the last load. */
  files: string[] = [];

  constructor(private readonly host: EngineHost) {
    const watcher = vscode.workspace.createFileSystemWatcher(PATTERN);
    this.subscriptions = [
      this.problems,
      this.loaded,
      watcher,
      watcher.onDidCreate(() => this.reloadSoon()),
      watcher.onDidChange(() => this.reloadSoon()),
      watcher.onDidDelete(() => this.reloadSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('whoswho.workspaceKnowledgeBases') && this.reloadSoon()),
    ];
    this.reloadSoon();
  }

  private reloadSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), 200);
  }

  async reload(): Promise<void> {
    const enabled = vscode.workspace.getConfiguration('whoswho').get<boolean>('workspaceKnowledgeBases', true);
    const uris = enabled && vscode.workspace.workspaceFolders ? await vscode.workspace.findFiles(PATTERN, EXCLUDE, MAX_FILES) : [];
    uris.sort((a, b) => a.toString().localeCompare(b.toString()));
    const base = bundledKnowledgeBaseFile();
    const known = new Set(base.entities.map((entity) => entity.id));
    const additions: Array<{ file: KnowledgeBaseFile }> = [];
    const invalid: string[] = [];
    this.problems.clear();
    for (const uri of uris) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const name = vscode.workspace.asRelativePath(uri);
      try {
        const file = validateKnowledgeBase(parseJson(text, name), name, known);
        file.entities.forEach((entity) => known.add(entity.id));
        additions.push({ file });
      } catch (error) {
        if (!(error instanceof KnowledgeBaseError)) throw error;
        invalid.push(name);
        this.problems.set(uri, [problemAt(text, error)]);
      }
    }
    this.files = uris.filter((uri) => !invalid.includes(vscode.workspace.asRelativePath(uri))).map((uri) => vscode.workspace.asRelativePath(uri));
    const changed = additions.length > 0 || this.host.hasWorkspaceAdditions;
    if (changed) this.host.replace(new Engine(new KnowledgeBase(mergeKnowledgeBases(base, additions)), bundledArticle), additions.length > 0);
    this.loaded.fire({ files: this.files, invalid });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function problemAt(text: string, error: KnowledgeBaseError): vscode.Diagnostic {
  const { start, end } = error.offset !== undefined ? { start: error.offset, end: error.offset + 1 } : locateJsonPath(text, error.jsonPath);
  const lines = text.slice(0, start).split('\n');
  const startPosition = new vscode.Position(lines.length - 1, lines[lines.length - 1].length);
  const endLines = text.slice(0, Math.max(start, end)).split('\n');
  const endPosition = new vscode.Position(endLines.length - 1, endLines[endLines.length - 1].length);
  const where = error.jsonPath ? `${error.jsonPath}: ` : '';
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(startPosition, endPosition),
    `${where}${error.problem}. Who's Who leaves this file out until it is fixed; the rest keeps working.`,
    vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = "Who's Who";
  return diagnostic;
}
