import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'whoswho.whoswho';

export async function activateExtension(): Promise<WhosWhoApi> {
  const extension = vscode.extensions.getExtension<WhosWhoApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ content, language });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Waits until `probe` returns something truthy, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Closes every editor, reverting unsaved ones first, so that no "Save changes?" dialog is asked for. */
export async function closeAllEditors(): Promise<void> {
  for (let guard = 0; guard < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); guard++) {
    const active = vscode.window.tabGroups.activeTabGroup.activeTab ?? vscode.window.tabGroups.all.flatMap((group) => group.tabs)[0];
    if (active && !active.isActive) await vscode.window.tabGroups.close(active);
    else await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('whoswho').update(key, value, vscode.ConfigurationTarget.Global);
}

export function fixturePath(...parts: string[]): string {
  return join(__dirname, '..', '..', 'test', 'fixtures', ...parts);
}
