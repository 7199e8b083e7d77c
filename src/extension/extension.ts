import * as vscode from 'vscode';
import { registerArticleView } from './articleView';
import { Commands } from './commands';
import { registerCompletion, suggestNamesWhileTyping } from './completion';
import { DiagnosticsController } from './diagnostics';
import { DecorationController } from './decorations';
import { EditorTracker } from './editorTracker';
import { EngineHost } from './engineHost';
import { registerHovers } from './hover';
import { InThisDocumentProvider } from './inThisDocument';
import { MentionCache } from './mentionCache';
import { registerNavigation } from './navigation';
import { panelHtml } from './panel/html';
import { PanelProvider } from './panel/panelProvider';
import { WorkspaceKnowledgeBases } from './workspaceKnowledgeBases';

/** Wires VS Code's events to the engine; each feature lives in its own file. */
export function activate(context: vscode.ExtensionContext): WhosWhoApi {
  const host = new EngineHost();
  const mentions = new MentionCache(host);
  const editors = new EditorTracker();
  const decorations = new DecorationController(host, mentions);
  const panel = new PanelProvider(context.extensionUri, host, mentions, editors, (webview) => panelHtml(webview, context.extensionUri, vscode.Uri.joinPath));
  const commands = new Commands(host, mentions, editors, panel);
  const inThisDocument = new InThisDocumentProvider(host, mentions, editors);
  const diagnostics = new DiagnosticsController(host, mentions);
  const knowledgeBases = new WorkspaceKnowledgeBases(host);
  context.subscriptions.push(host, mentions, editors, decorations, panel, commands, inThisDocument, diagnostics, knowledgeBases);
  context.subscriptions.push(registerHovers(host, mentions), registerArticleView(host), registerCompletion(host), suggestNamesWhileTyping(host), registerNavigation(host, mentions));
  return { host, mentions, decorations, panel, commands, inThisDocument, diagnostics, knowledgeBases };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** What the extension exports: used by its integration tests, and by other extensions that want the engine. */
export interface WhosWhoApi {
  host: EngineHost;
  mentions: MentionCache;
  decorations: DecorationController;
  panel: PanelProvider;
  commands: Commands;
  inThisDocument: InThisDocumentProvider;
  diagnostics: DiagnosticsController;
  knowledgeBases: WorkspaceKnowledgeBases;
}
