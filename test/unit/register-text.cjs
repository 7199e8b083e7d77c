// Lets plain Node load `import text from './x.txt'` as esbuild's text loader does in the bundles.
const { readFileSync } = require('node:fs');
require.extensions['.txt'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
