// How long the user-facing operations take inside VS Code, printed for the closing note and the README.
// Printed, not asserted: speed goals are checked by `npm run bench`, not by timed tests.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, waitFor } from './helpers';

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

describe('timings inside VS Code', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('measures a search, a full decoration pass of the article and a hover', async () => {
    const searches: number[] = [];
    for (const query of ['Yng Yong', 'political department jiangxi', 'cppcc', 'photojournalist', 'Wang Yongjn']) {
      const start = performance.now();
      const hits = api.host.engine.search.search(query, 20);
      searches.push(performance.now() - start);
      assert.ok(hits.length > 0);
    }

    await vscode.commands.executeCommand('whoswho.showArticle');
    const article = await waitFor('the article', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'whoswho-article'));
    const passes: number[] = [];
    for (let run = 0; run < 5; run++) {
      api.mentions.clear(); // a cold pass: scan and decorate
      const start = performance.now();
      api.decorations.refreshAll();
      passes.push(performance.now() - start);
    }
    assert.equal(api.decorations.decorationsOf(article.document)?.people.length, 25);

    const { document } = await openInEditor('draft.md');
    const position = document.positionAt(document.getText().indexOf('Wang Yongjin') + 2);
    const hovers: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      hovers.push(performance.now() - start);
      assert.ok(result.length > 0);
    }
    console.log(`timings: search ${median(searches).toFixed(2)} ms (median of 5 queries); full decoration pass of the article ${median(passes).toFixed(2)} ms; hover ${median(hovers).toFixed(2)} ms (round trip through VS Code)`);
  });
});
