// Bundles the extension, the panel's webview script, the command line and the benchmarks.
// `node esbuild.mjs --production` minifies and drops source maps (what the VSIX ships).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  loader: { '.txt': 'text' },
  logLevel: 'warning',
};
// ESM entry points first: jsonc-parser's UMD build requires its own files at run time, which a bundle cannot.
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'] };

mkdirSync('dist', { recursive: true });
copyFileSync('src/data/whoswho.schema.json', 'dist/whoswho.schema.json');
copyFileSync('media/panel.css', 'dist/panel.css');
copyFileSync('node_modules/@vscode/codicons/dist/codicon.css', 'dist/codicon.css');
copyFileSync('node_modules/@vscode/codicons/dist/codicon.ttf', 'dist/codicon.ttf');

await Promise.all([
  build({ ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...node, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js' }),
  ...(production
    ? []
    : [
        build({ ...node, entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' }),
        ...integrationBuilds(),
      ]),
]);

/** Each integration suite, and the index that runs them in a VS Code extension host, as its own file in out/integration. */
function integrationBuilds() {
  const dir = 'test/integration';
  if (!existsSync(dir)) return [];
  const entryPoints = readdirSync(dir).filter((file) => file.endsWith('.ts')).map((file) => `${dir}/${file}`);
  rmSync('out/integration', { recursive: true, force: true }); // no suite survives its source
  return [build({ ...node, entryPoints, outdir: 'out/integration', external: ['vscode', 'mocha'] })];
}
