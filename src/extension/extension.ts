import * as vscode from 'vscode';
import { EngineHost } from './engineHost';
import { MentionCache } from './mentionCache';
import { DecorationController } from './decorations';
import { registerHovers } from './hover';

/** Wires VS Code's events to the engine; each feature lives in its own file. */
export function activate(context: vscode.ExtensionContext): WhosWhoApi {
  const host = new EngineHost();
  const mentions = new MentionCache(host);
  const decorations = new DecorationController(host, mentions);
  context.subscriptions.push(host, mentions, decorations, registerHovers(host, mentions));
  return { host, mentions, decorations };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** What the extension exports: used by its integration tests, and by other extensions that want the engine. */
export interface WhosWhoApi {
  host: EngineHost;
  mentions: MentionCache;
  decorations: DecorationController;
}
