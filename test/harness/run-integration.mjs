// `npm run test:integration`: runs the mocha suites of test/integration inside the extension host of a
// real VS Code (code-server), offline. The workbench reports the result through the smoke-test driver's
// codeAutomationExit hook; codeAutomationLog mirrors the extension host's console (mocha's reporter).
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium, makeProfile, root, startCodeServer, workbenchUrl } from './codeServer.mjs';

const TIMEOUT_MS = 5 * 60_000;
const profile = makeProfile('integration');
const server = await startCodeServer(profile, { env: { WHOSWHO_TEST_WORKSPACE: profile.workspace } });
const browser = await launchChromium();
let exitCode = 1;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const finished = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    // The workbench's own complaints about having no network are noise here.
    if (/ENOTFOUND|open-vsx|AccountPolicyGate|authentication provider/.test(line)) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  await page.goto(workbenchUrl(server, profile.workspace, { extensionDevelopmentPath: root, extensionTestsPath: join(root, 'out/integration/index.js') }));
  const timeout = new Promise((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), TIMEOUT_MS));
  const result = await Promise.race([finished, timeout]);
  if (result === 'timeout') {
    console.error(`integration: no result after ${TIMEOUT_MS / 1000} s; code-server said:\n${server.output.join('').slice(-4000)}`);
    await page.screenshot({ path: join(profile.dir, 'timeout.png') }).catch(() => {});
  } else {
    exitCode = Number(result);
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(exitCode);
