// `npm start`: try Who's Who on this machine with no VS Code installed. Builds the VSIX, installs it into
// the cached code-server (installing that first if needed), opens a sample draft and prints the URL.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entry, installVsix, makeProfile, root, startCodeServer } from './codeServer.mjs';

if (!existsSync(entry)) execFileSync('bash', [join(root, 'test/harness/install-code-server.sh')], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
execFileSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const profile = makeProfile('start', { 'workbench.secondarySideBar.defaultVisibility': 'hidden' });
await installVsix(profile, join(root, `whoswho-${version}.vsix`));
const port = Number(process.env.PORT ?? 8080);
const server = await startCodeServer(profile, { port });
const draft = join(profile.workspace, 'draft.md');
console.log(`\nWho's Who ${version} is running in VS Code (code-server).\n\n  Open ${server.url}/?folder=${encodeURIComponent(profile.workspace)}\n\n  then open draft.md (${draft}), hover a name, or click the Who's Who icon in the activity bar.\n  Stop with Ctrl+C.\n`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
