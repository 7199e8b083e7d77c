import * as vscode from 'vscode';

export type DecorationStyle = 'highlight' | 'underline';
export type DiagnosticSeverityName = 'error' | 'warning' | 'information' | 'hint';

/** The extension's settings, read fresh each time so a change takes effect at once. */
export function settings() {
  const config = vscode.workspace.getConfiguration('whoswho');
  return {
    decorationsEnabled: config.get<boolean>('decorations.enabled', true),
    decorationStyle: config.get<DecorationStyle>('decorations.style', 'highlight'),
    languages: config.get<string[]>('languages', DEFAULT_LANGUAGES),
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    maxFileSizeKB: config.get<number>('maxFileSizeKB', 1024),
    surnamesEnabled: config.get<boolean>('surnames.enabled', true),
    diagnosticsEnabled: config.get<boolean>('diagnostics.enabled', true),
    diagnosticsSeverity: config.get<DiagnosticSeverityName>('diagnostics.severity', 'information'),
    completionEnabled: config.get<boolean>('completion.enabled', true),
  };
}

export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'restructuredtext', 'asciidoc', 'latex', 'org', 'whoswho-article'];

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('whoswho');
}

export function isDecoratedLanguage(document: vscode.TextDocument): boolean {
  return settings().languages.includes(document.languageId);
}
