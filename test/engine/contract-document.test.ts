/**
 * How a contract is read (src/engine/contract-document.ts): the build's JSON copy while it is at
 * least as new as the YAML, parsed once and shared while unchanged; the YAML itself, parsed on every
 * read, as soon as it is newer or has no JSON copy, so an edited contract is never shadowed.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/engine/contract-document.js';

describe('readDocument', () => {
  let root: string;
  let yaml: string;
  let json: string;
  const doc = (title: string) => ({ openapi: '3.1.0', info: { title, version: '1' }, paths: {} });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mailsim-contract-doc-'));
    mkdirSync(join(root, 'contracts'));
    mkdirSync(join(root, 'dist', 'contracts'), { recursive: true });
    yaml = join(root, 'contracts', 'x.yaml');
    json = join(root, 'dist', 'contracts', 'x.json');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const writeYaml = (title: string, at: number): void => {
    writeFileSync(yaml, `openapi: 3.1.0\ninfo: { title: ${title}, version: '1' }\npaths: {}\n`);
    utimesSync(yaml, at, at);
  };
  const writeJson = (title: string, at: number): void => {
    writeFileSync(json, JSON.stringify(doc(title)));
    utimesSync(json, at, at);
  };

  it('parses the build JSON once and hands every caller the same document while it is unchanged', () => {
    writeYaml('from-yaml', 1000);
    writeJson('from-json', 2000);
    const first = readDocument(yaml);
    expect(first.info.title).toBe('from-json');
    expect(readDocument(yaml)).toBe(first);
    writeJson('rebuilt-json', 3000);
    expect(readDocument(yaml).info.title).toBe('rebuilt-json');
  });

  it('reads the YAML when it is newer than the JSON, and again after every edit', () => {
    writeJson('from-json', 1000);
    writeYaml('edited', 2000);
    expect(readDocument(yaml).info.title).toBe('edited');
    // Same mtime as before: an edit within one clock tick is still seen.
    writeYaml('edited-again', 2000);
    expect(readDocument(yaml).info.title).toBe('edited-again');
  });

  it('reads the YAML when there is no JSON copy', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    writeYaml('only-yaml', 1000);
    expect(readDocument(yaml).info.title).toBe('only-yaml');
  });
});
