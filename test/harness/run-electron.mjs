// `npm run test:electron`: the same integration suites in a desktop VS Code downloaded by
// @vscode/test-electron. Needs internet and a display (or xvfb-run); `npm test` is the offline runner.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './codeServer.mjs';

const workspace = join(mkdtempSync(join(tmpdir(), 'whoswho-electron-')), 'workspace');
cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (error) {
  console.error(`test:electron: ${error.message ?? error}`);
  process.exit(1);
}
