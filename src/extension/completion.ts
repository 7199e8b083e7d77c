import * as vscode from 'vscode';
import { completionsAt } from '../core/completion';
import type { EngineHost } from './engineHost';
import { isDecoratedLanguage, settings } from './settings';

const KINDS = { person: vscode.CompletionItemKind.User, institution: vscode.CompletionItemKind.Module, event: vscode.CompletionItemKind.Event } as const;

/** Name completion in prose: the engine ranks, VS Code shows; re-asked on each keystroke so the ranking follows. */
export function registerCompletion(host: EngineHost): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider('*', {
    provideCompletionItems(document, position, _token, context) {
      if (!settings().completionEnabled || !isDecoratedLanguage(document) || document.uri.scheme === 'whoswho-article') return undefined;
      const explicit = context.triggerKind === vscode.CompletionTriggerKind.Invoke;
      const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
      const result = completionsAt(host.engine, linePrefix, explicit);
      if (!result || result.candidates.length === 0) return undefined;
      const range = new vscode.Range(position.translate(0, -result.replaceLength), position);
      const typed = document.getText(range);
      const items = result.candidates.map((candidate, index) => {
        const item = new vscode.CompletionItem({ label: candidate.label, description: candidate.detail }, KINDS[candidate.entity.kind]);
        item.insertText = candidate.insertText;
        item.range = range;
        // The engine already matched, typos included: let every item through VS Code's own filter, in our order.
        item.filterText = typed;
        item.sortText = String(index).padStart(4, '0');
        item.detail = candidate.form === 'firstReference' ? 'Who\'s Who · first reference' : 'Who\'s Who';
        item.documentation = new vscode.MarkdownString().appendText(candidate.entity.description);
        return item;
      });
      return new vscode.CompletionList(items, true);
    },
  });
}
