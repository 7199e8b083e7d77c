import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('whoswho command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whoswho-cli-'));
  const draft = join(dir, 'draft.md');
  writeFileSync(draft, '# Draft 😀\n\nYing Yong met Ma Weiwei at the Supreme People’s Procuratorate.\n');

  it('lists every entity as JSON', () => {
    const { code, out } = cli('list', '--json');
    assert.equal(code, 0);
    const rows = JSON.parse(out);
    assert.ok(rows.length >= 59);
    assert.deepEqual(Object.keys(rows[0]), ['id', 'kind', 'name', 'aliases']);
  });

  it('lists for people to read, one entity a line', () => {
    const { out } = cli('list');
    assert.match(out, /^person +ying-yong +Ying Yong$/m);
    assert.match(out, /Chinese People's Political Consultative Conference \(CPPCC\)/);
  });

  it('searches, ranked, with a limit', () => {
    const { code, out } = cli('search', 'Wang', 'Yongjn', '--json', '--limit', '2');
    assert.equal(code, 0);
    const hits = JSON.parse(out);
    assert.equal(hits.length, 2);
    assert.equal(hits[0].id, 'wang-yongjin');
    assert.deepEqual(Object.keys(hits[0]), ['id', 'name', 'kind', 'score']);
  });

  it('prints mentions with UTF-16 offsets and 0-based lines and characters', () => {
    const { code, out } = cli('mentions', draft, '--json');
    assert.equal(code, 0);
    const mentions = JSON.parse(out);
    assert.deepEqual(mentions.map((m: { id: string }) => m.id), ['ying-yong', 'ma-weiwei', 'supreme-peoples-procuratorate']);
    // '# Draft 😀\n\n' is 12 UTF-16 code units (the emoji is a surrogate pair) but 14 UTF-8 bytes.
    assert.deepEqual(mentions[0], { id: 'ying-yong', text: 'Ying Yong', offset: 12, length: 9, line: 2, character: 0 });
  });

  it('prints mentions as file:line:column for people (1-based, as editors jump to them)', () => {
    assert.match(cli('mentions', draft).out, /draft\.md:3:1: Ying Yong \[ying-yong\]/);
  });

  it('exits 2 with one clear line on bad usage', () => {
    for (const argv of [[], ['frobnicate'], ['search'], ['mentions'], ['list', '--bogus'], ['search', 'x', '--limit', '0'], ['list', '--kb']]) {
      const { code, err } = cli(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.ok(err.length > 0 && (argv.length === 0 || !err.includes('\n')), `${argv.join(' ')}: ${err}`);
    }
  });

  it('exits 2 naming a missing file', () => {
    const { code, err } = cli('mentions', join(dir, 'nope.md'));
    assert.equal(code, 2);
    assert.match(err, /cannot read .*nope\.md: no such file/);
  });

  it('uses another knowledge base with --kb, and names the JSON path of its first error', () => {
    const good = join(dir, 'good.whoswho.json');
    writeFileSync(good, JSON.stringify({ version: 1, source: { title: 't' }, entities: [{ id: 'ada', kind: 'person', name: 'Ada Lovelace', aliases: [], description: 'd', paragraphs: [] }] }));
    assert.equal(JSON.parse(cli('search', 'lovelace', '--json', '--kb', good).out)[0].id, 'ada');
    const bad = join(dir, 'bad.whoswho.json');
    writeFileSync(bad, JSON.stringify({ version: 1, source: { title: 't' }, entities: [{ id: 'ada', kind: 'robot' }] }));
    const { code, err } = cli('list', '--kb', bad);
    assert.equal(code, 2);
    assert.match(err, /invalid knowledge base: .*bad\.whoswho\.json: \/entities\/0/);
  });

  it('lints drafts: file:line:col: did you mean, exit 1 on findings', () => {
    const sloppy = join(dir, 'sloppy.md');
    writeFileSync(sloppy, 'Intro.\n\nWe met Ying Yung and Wang Yongjing.\n');
    const { code, out } = cli('lint', sloppy, draft);
    assert.equal(code, 1);
    assert.equal(out, `${sloppy}:3:8: did you mean "Ying Yong"? ("Ying Yung")\n${sloppy}:3:22: did you mean "Wang Yongjin"? ("Wang Yongjing")`);
    const json = JSON.parse(cli('lint', sloppy, '--json').out);
    assert.deepEqual(json[0], { file: sloppy, line: 3, column: 8, kind: 'misspelled-name', text: 'Ying Yung', suggestions: ['Ying Yong'], message: 'did you mean "Ying Yong"? ("Ying Yung")' });
  });

  it('lints a clean draft with exit 0 and says nothing', () => {
    assert.deepEqual(cli('lint', draft), { code: 0, out: '', err: '' });
  });

  it('lints with exit 2 on a missing file, no file or a binary file', () => {
    assert.equal(cli('lint').code, 2);
    assert.equal(cli('lint', join(dir, 'missing.md')).code, 2);
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const { code, err } = cli('mentions', binary);
    assert.equal(code, 2);
    assert.match(err, /image\.png looks binary/);
  });

  it('runs as the bundled dist/cli.js with the same exit codes', function () {
    const bundle = join(__dirname, '..', '..', 'dist', 'cli.js');
    if (!existsSync(bundle)) this.skip();
    const ok = spawnSync(process.execPath, [bundle, 'search', 'cppcc', '--json'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout)[0].id, 'cppcc');
    const bad = spawnSync(process.execPath, [bundle, 'mentions'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /mentions needs a FILE/);
  });
});
