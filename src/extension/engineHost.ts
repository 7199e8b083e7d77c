import * as vscode from 'vscode';
import { bundledEngine } from '../bundled';
import type { Engine } from '../core/engine';

/** Holds the engine of the knowledge base in use and tells the features when it changes. */
export class EngineHost implements vscode.Disposable {
  private current: Engine | undefined;
  private readonly changed = new vscode.EventEmitter<Engine>();
  readonly onDidChange = this.changed.event;

  /** Built on first use, so activation costs nothing until a document needs it. */
  get engine(): Engine {
    this.current ??= bundledEngine();
    return this.current;
  }

  /** Whether the engine in use holds entities from the workspace's own knowledge bases. */
  hasWorkspaceAdditions = false;

  replace(engine: Engine, withWorkspaceAdditions = false): void {
    this.current = engine;
    this.hasWorkspaceAdditions = withWorkspaceAdditions;
    this.changed.fire(engine);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
