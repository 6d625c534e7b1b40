/**
 * Skills through the real SDK (`client.beta.skills` and the top-level `client.skills`): multipart
 * uploads with `toFile`, versions, zip downloads, built-ins that cannot be deleted, and the
 * typed `skill_name_taken` conflict.
 */
import { inflateRawSync } from 'node:zlib';
import { BadRequestError, NotFoundError, PermissionDeniedError, toFile } from '@anthropic-ai/sdk';
import { BetaSkillNameTakenError } from '@anthropic-ai/sdk/resources/beta/organization/plugins/plugins';
import { describe, expect, it } from 'vitest';
import { api, emulatorPerFile, rejection } from './helpers.js';

const { server, client } = await emulatorPerFile();

const skillMd = (name: string, description = 'Summarises things.') =>
  `---\nname: ${name}\ndescription: ${description}\n---\n\n# ${name}\n`;
const upload = (dir: string, name = dir, extra: Record<string, string> = {}) =>
  Promise.all([
    toFile(Buffer.from(skillMd(name)), `${dir}/SKILL.md`),
    ...Object.entries(extra).map(([path, text]) => toFile(Buffer.from(text), `${dir}/${path}`)),
  ]);

/** Reads a zip's entries (name → text) from its central directory. */
function unzip(buf: Buffer): Record<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extra;
  }
  return out;
}

describe('skills', () => {
  it('lists the built-in Anthropic skills and filters by source', async () => {
    const all: string[] = [];
    for await (const s of client.beta.skills.list({ limit: 2 })) all.push(`${s.source.type}:${s.id}`);
    expect(all).toEqual(['anthropic:pdf', 'anthropic:docx', 'anthropic:pptx', 'anthropic:xlsx']);
    const xlsx = await client.beta.skills.retrieve('xlsx');
    expect(xlsx).toMatchObject({
      type: 'skill',
      id: 'xlsx',
      display_name: 'Excel',
      source: { type: 'anthropic' },
      latest_version_id: '20251013',
    });
    expect((await client.beta.skills.list({ source: 'custom' })).data).toEqual([]);
  });

  it('creates a custom skill from a multipart upload, names it from SKILL.md, and makes version 1', async () => {
    const skill = await client.beta.skills.create({
      files: await upload('summariser', 'summariser', { 'scripts/run.py': 'print(1)' }),
    });
    expect(skill.id).toMatch(/^skill_01/);
    expect(skill).toMatchObject({ type: 'skill', display_name: 'summariser', source: { type: 'custom' } });
    expect(skill.latest_version_id).toMatch(/^\d+$/);
    const version = await client.beta.skills.versions.retrieve(skill.latest_version_id, { skill_id: skill.id });
    expect(version).toEqual({
      type: 'skill_version',
      id: skill.latest_version_id,
      skill_id: skill.id,
      name: 'summariser',
      description: 'Summarises things.',
      created_at: skill.created_at,
    });
    const named = await client.beta.skills.create({
      files: await upload('other-skill'),
      display_name: 'Other, nicely named',
    });
    expect(named.display_name).toBe('Other, nicely named');
    expect((await client.beta.skills.list({ source: 'custom' })).data.map((s) => s.id)).toEqual([named.id, skill.id]);
  });

  it('works the same through the top-level client.skills', async () => {
    const skill = await client.skills.create({ files: await upload('top-level') });
    expect(await client.skills.retrieve(skill.id)).toEqual(skill);
    expect((await client.skills.list({ source: 'custom' })).data).toHaveLength(1);
    const v2 = await client.skills.versions.create(skill.id, { files: await upload('top-level') });
    expect((await client.skills.versions.list(skill.id)).data.map((v) => v.id)).toEqual([
      v2.id,
      skill.latest_version_id,
    ]);
    expect(await client.skills.versions.retrieve(v2.id, { skill_id: skill.id })).toEqual(v2);
    expect(await client.skills.versions.delete(v2.id, { skill_id: skill.id })).toEqual({
      id: v2.id,
      type: 'skill_version_deleted',
    });
    expect(await client.skills.delete(skill.id)).toEqual({ id: skill.id, type: 'skill_deleted' });
  });

  it('adds versions, downloads one as a zip, and keeps latest_version_id current', async () => {
    const skill = await client.beta.skills.create({ files: await upload('notes') });
    const v2 = await client.beta.skills.versions.create(skill.id, {
      files: await upload('renamed-dir', 'notes', { 'ref.md': 'reference' }),
    });
    expect(v2).toMatchObject({ type: 'skill_version', skill_id: skill.id, name: 'notes' });
    expect((await client.beta.skills.retrieve(skill.id)).latest_version_id).toBe(v2.id);
    const versions: string[] = [];
    for await (const v of client.beta.skills.versions.list(skill.id, { limit: 1 })) versions.push(v.id);
    expect(versions).toEqual([v2.id, skill.latest_version_id]);

    const res = await client.beta.skills.versions.download(v2.id, { skill_id: skill.id });
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(unzip(Buffer.from(await res.arrayBuffer()))).toEqual({
      'notes/SKILL.md': skillMd('notes'),
      'notes/ref.md': 'reference',
    });

    expect(await client.beta.skills.versions.delete(v2.id, { skill_id: skill.id })).toEqual({
      id: v2.id,
      type: 'skill_version_deleted',
    });
    expect((await client.beta.skills.retrieve(skill.id)).latest_version_id).toBe(skill.latest_version_id);
    const last = await rejection(client.beta.skills.versions.delete(skill.latest_version_id, { skill_id: skill.id }));
    expect(last).toBeInstanceOf(BadRequestError);
    const renamed = await rejection(
      client.beta.skills.versions.create(skill.id, { files: await upload('notes', 'different-name') }),
    );
    expect(renamed).toBeInstanceOf(BadRequestError);
  });

  it('refuses to delete or change a built-in skill, and deletes a custom one with its versions', async () => {
    expect(await rejection(client.beta.skills.delete('pdf'))).toBeInstanceOf(PermissionDeniedError);
    expect(await rejection(client.beta.skills.versions.create('pdf', { files: await upload('pdf') }))).toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(await rejection(client.beta.skills.versions.delete('20251013', { skill_id: 'pdf' }))).toBeInstanceOf(
      PermissionDeniedError,
    );
    const builtin = await client.beta.skills.versions.download('latest', { skill_id: 'pdf' });
    expect(Object.keys(unzip(Buffer.from(await builtin.arrayBuffer())))).toEqual(['pdf/SKILL.md']);
    const skill = await client.beta.skills.create({ files: await upload('temp') });
    expect(await client.beta.skills.delete(skill.id)).toEqual({ id: skill.id, type: 'skill_deleted' });
    expect(await rejection(client.beta.skills.retrieve(skill.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(client.beta.skills.versions.list(skill.id))).toBeInstanceOf(NotFoundError);
  });

  it('answers a taken name with 409 skill_name_taken (BetaSkillNameTakenError)', async () => {
    await client.beta.skills.create({ files: await upload('unique') });
    const e = await rejection(client.beta.skills.create({ files: await upload('unique') }));
    expect(e).toBeInstanceOf(BetaSkillNameTakenError);
    expect(e.errorCode).toBe('skill_name_taken');
    expect(e.headers.get('x-should-retry')).toBe('false');
  });

  it('refuses uploads without SKILL.md, with mixed directories, or with a bad name', async () => {
    const noSkillMd = [await toFile(Buffer.from('x'), 'dir/readme.md')];
    const mixed = [await toFile(Buffer.from(skillMd('a')), 'a/SKILL.md'), await toFile(Buffer.from('x'), 'b/other.md')];
    const badName = [await toFile(Buffer.from(skillMd('Not Kebab')), 'dir/SKILL.md')];
    const noDescription = [await toFile(Buffer.from('---\nname: ok\n---\n'), 'ok/SKILL.md')];
    for (const files of [noSkillMd, mixed, badName, noDescription]) {
      expect(await rejection(client.beta.skills.create({ files }))).toBeInstanceOf(BadRequestError);
    }
  });

  it('lets an agent reference a custom skill by id and version', async () => {
    const skill = await client.beta.skills.create({ files: await upload('agent-skill') });
    const agent = await client.beta.agents.create({
      name: 'a',
      model: 'm',
      skills: [
        { type: 'custom', skill_id: skill.id, version: skill.latest_version_id },
        { type: 'anthropic', skill_id: 'pdf' },
      ],
    });
    expect(agent.skills).toEqual([
      { type: 'custom', skill_id: skill.id, version: skill.latest_version_id },
      { type: 'anthropic', skill_id: 'pdf', version: 'latest' },
    ]);
    expect(
      await rejection(
        client.beta.agents.create({ name: 'a', model: 'm', skills: [{ type: 'anthropic', skill_id: skill.id }] }),
      ),
    ).toBeInstanceOf(NotFoundError);
    const other = await api(server, 'oma_mailsimotherkey0123456789abcdefghijk')('GET', `/v1/skills/${skill.id}`);
    expect(other.status).toBe(404);
  });
});
