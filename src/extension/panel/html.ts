import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The panel's page: a strict Content-Security-Policy (no inline code but our nonce'd script, nothing
 * from outside the extension), the search box first so it takes focus, labels for screen readers.
 */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, uri: (base: vscode.Uri, ...path: string[]) => vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...path: string[]) => webview.asWebviewUri(uri(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicon.css')}">
<link rel="stylesheet" href="${asset('dist', 'panel.css')}">
<title>People &amp; Institutions</title>
</head>
<body>
<div id="list-view">
  <div class="search-bar" role="search">
    <span class="codicon codicon-search" aria-hidden="true"></span>
    <input id="search" type="search" placeholder="Search people and institutions" aria-label="Search people and institutions" aria-controls="results" aria-autocomplete="list" autocomplete="off" spellcheck="false">
  </div>
  <div id="status" role="status" aria-live="polite"></div>
  <div id="results" role="listbox" aria-label="People, institutions and events" tabindex="-1"></div>
</div>
<div id="card" role="region" hidden></div>
<script nonce="${nonce}" src="${asset('dist', 'webview.js')}"></script>
</body>
</html>`;
}
