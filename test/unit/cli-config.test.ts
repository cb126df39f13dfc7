// The .empathylintrc.json loader (nearest up the tree, cached, one-line errors) and the committed JSON Schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_METAS } from '../../server/src/engine/index.js';
import { clearConfigCache, findConfigFile, loadConfigFile, loadConfigFor } from '../../server/src/node/config.js';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../../server/src/node/config-schema.js';
import { ROOT, scratch } from '../cli/harness.js';

test('findConfigFile walks up to the nearest config; loadConfigFor uses it or the explicit one', () => {
  const { dir, cleanup } = scratch({
    '.empathylintrc.json': '{"rules":{"custom-phrase":"off"}}',
    'a/b/c/x.scenario': '',
    'a/.empathylintrc.json': '{"speakers":{"agent":["Rep"]}}',
    'explicit.json': '{"phrases":[{"text":"no problem"}]}',
  });
  try {
    clearConfigCache();
    assert.equal(findConfigFile(join(dir, 'a/b/c')), join(dir, 'a/.empathylintrc.json'));
    assert.equal(findConfigFile(dir), join(dir, '.empathylintrc.json'));
    const nearest = loadConfigFor(join(dir, 'a/b/c/x.scenario'));
    assert.deepEqual(nearest, { config: { speakers: { agent: ['Rep'] } }, configPath: join(dir, 'a/.empathylintrc.json'), errors: [] });
    const explicit = loadConfigFor(join(dir, 'a/b/c/x.scenario'), join(dir, 'explicit.json'));
    assert.deepEqual(
      explicit.config.phrases?.map((p) => p.text),
      ['no problem'],
    );
  } finally {
    cleanup();
  }
});

test('no config anywhere gives an empty config and no path', () => {
  const { dir, cleanup } = scratch({ 'x.scenario': '' });
  try {
    clearConfigCache();
    const load = loadConfigFor(join(dir, 'x.scenario'));
    if (load.configPath === null) assert.deepEqual(load, { config: {}, configPath: null, errors: [] });
    else assert.ok(!load.configPath.startsWith(dir), 'only a config above the temp dir can apply');
  } finally {
    cleanup();
  }
});

test('loads are cached per process until clearConfigCache', () => {
  const { dir, cleanup } = scratch({ '.empathylintrc.json': '{"rules":{"custom-phrase":"off"}}' });
  try {
    clearConfigCache();
    const path = join(dir, '.empathylintrc.json');
    const first = loadConfigFile(path);
    writeFileSync(path, '{"rules":{"custom-phrase":"error"}}');
    assert.equal(loadConfigFile(path), first, 'same object from the cache');
    clearConfigCache();
    assert.deepEqual(loadConfigFile(path).config.rules, { 'custom-phrase': 'error' });
  } finally {
    cleanup();
  }
});

test('errors: JSON syntax with line and column, validation problems, unreadable file; each names the file', () => {
  const { dir, cleanup } = scratch({
    'syntax.json': '{\n  "rules": {\n    "custom-phrase": "off",\n  }\n}',
    'invalid.json': '{"rules":{"nope":"off"},"speakers":{"agent":"Rep"}}',
    'bom.json': '\uFEFF{"rules":{}}',
  });
  try {
    clearConfigCache();
    const syntax = loadConfigFile(join(dir, 'syntax.json'));
    assert.equal(syntax.errors.length, 1);
    assert.match(syntax.errors[0], /^.*syntax\.json: invalid JSON at line 4, column 3: /);
    const invalid = loadConfigFile(join(dir, 'invalid.json'));
    assert.equal(invalid.errors.length, 2);
    for (const e of invalid.errors) assert.ok(e.startsWith(`${join(dir, 'invalid.json')}: `), e);
    assert.ok(invalid.errors.some((e) => e.includes('rules.nope')));
    assert.deepEqual(loadConfigFile(join(dir, 'bom.json')).errors, [], 'a BOM is allowed');
    assert.match(loadConfigFile(join(dir, 'missing.json')).errors[0], /missing\.json: cannot read config file: no such file or directory/);
  } finally {
    cleanup();
  }
});

test('the committed JSON Schema is generated from RULE_METAS (run `npm run gen:schema` when this fails)', () => {
  const committed = readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8');
  const schema = JSON.parse(committed);
  assert.deepEqual(
    Object.keys(schema.properties.rules.properties),
    RULE_METAS.map((m) => m.id),
  );
  assert.equal(committed, configSchemaText(RULE_METAS));
});
