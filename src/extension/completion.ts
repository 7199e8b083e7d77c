import * as vscode from 'vscode';
import { completionsAt, NamePrefixes } from '../core/completion';
import type { EngineHost } from './engineHost';
import { isDecoratedLanguage, settings } from './settings';

const KINDS = { person: vscode.CompletionItemKind.User, institution: vscode.CompletionItemKind.Module, event: vscode.CompletionItemKind.Event } as const;

/** Name completion in prose: the engine ranks, VS Code shows; re-asked on each keystroke so the ranking follows. */
export function registerCompletion(host: EngineHost): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider('*', {
    provideCompletionItems(document, position, _token, context) {
      if (!settings().completionEnabled || !isDecoratedLanguage(document) || document.uri.scheme === 'whoswho-article') return undefined;
      // Asked again while our list is open (it is marked incomplete): answer as if asked, or VS Code drops
      // the list at the first word of one letter ("Zhao Y") and never asks again in that session.
      const explicit = context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter;
      const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
      const result = completionsAt(host.engine, linePrefix, explicit);
      if (!result || result.candidates.length === 0) return undefined;
      const items = result.candidates.map((candidate, index) => {
        const range = new vscode.Range(position.translate(0, -candidate.replaceLength), position);
        const item = new vscode.CompletionItem({ label: candidate.label, description: candidate.detail }, KINDS[candidate.entity.kind]);
        item.insertText = candidate.insertText;
        item.range = range;
        // The engine already matched, typos included: let every item through VS Code's own filter, in our order.
        item.filterText = document.getText(range);
        item.sortText = String(index).padStart(4, '0');
        item.detail = candidate.form === 'firstReference' ? 'Who\'s Who · first reference' : 'Who\'s Who';
        item.documentation = new vscode.MarkdownString().appendText(candidate.entity.description);
        return item;
      });
      return new vscode.CompletionList(items, true);
    },
  });
}

/**
 * Markdown turns VS Code's quick suggestions off (other languages keep them), yet a writer typing "Zhao Yi"
 * should be offered the name. Where they are off, we ask for suggestions when, and only when, the words
 * just typed are the start of a known name; ordinary words never open the list.
 */
const TRIGGER_PAUSE_MS = 120;

export function suggestNamesWhileTyping(host: EngineHost): vscode.Disposable {
  let prefixes: NamePrefixes | undefined;
  let timer: NodeJS.Timeout | undefined;
  const typingNameAt = (document: vscode.TextDocument, position: vscode.Position): boolean => {
    prefixes ??= new NamePrefixes(host.engine.knowledgeBase);
    return prefixes.isTypingName(document.lineAt(position.line).text.slice(0, position.character));
  };
  const subscriptions = [
    host.onDidChange(() => (prefixes = undefined)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document !== event.document) return;
      // Any edit (a space, a full stop) cancels a pending ask: the name being typed has ended.
      clearTimeout(timer);
      const change = event.contentChanges[0];
      if (event.contentChanges.length !== 1 || !/^\p{L}$/u.test(change?.text ?? '')) return;
      if (!settings().completionEnabled || !isDecoratedLanguage(event.document) || quickSuggestionsOn(event.document)) return;
      // After a short pause in typing: asking on every letter would cancel the list VS Code is still
      // building; within the open list VS Code re-asks by itself, since the list is marked incomplete.
      // The cursor is checked again when the pause ends, in case it moved.
      if (!typingNameAt(event.document, change.range.start.translate(0, 1))) return;
      timer = setTimeout(() => {
        const { selection } = editor;
        if (vscode.window.activeTextEditor === editor && selection.isEmpty && typingNameAt(editor.document, selection.active)) {
          void vscode.commands.executeCommand('editor.action.triggerSuggest');
        }
      }, TRIGGER_PAUSE_MS);
    }),
  ];
  return vscode.Disposable.from(...subscriptions, { dispose: () => clearTimeout(timer) });
}

function quickSuggestionsOn(document: vscode.TextDocument): boolean {
  const value = vscode.workspace.getConfiguration('editor', document).get<boolean | string | Record<string, string | boolean>>('quickSuggestions');
  if (typeof value === 'object' && value !== null) return value.other === true || value.other === 'on';
  return value === true || value === 'on';
}
