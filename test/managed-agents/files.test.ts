/**
 * Files through the real SDK (`client.beta.files` and the top-level `client.files`): `toFile`
 * uploads, metadata, downloads, the downloadable flag, expiry on the engine clock, the storage
 * quota, and listing by scope and by ids.
 */
import { BadRequestError, NotFoundError, toFile } from '@anthropic-ai/sdk';
import {
  FileExpiredError,
  FileNotDownloadableError,
  StorageQuotaExceededError,
} from '@anthropic-ai/sdk/resources/files';
import { describe, expect, it } from 'vitest';
import { advance, api, emulatorPerFile, rejection } from './helpers.js';

const { server, client } = await emulatorPerFile({
  providerSettings: { 'managed-agents': { storageQuotaBytes: 1000 } },
});

describe('files', () => {
  it('uploads with toFile, keeps only the last path component, and downloads the bytes', async () => {
    const file = await client.beta.files.upload({
      file: await toFile(Buffer.from('hello, agent\n'), 'reports/q3/hello.txt'),
    });
    expect(file.id).toMatch(/^file_01/);
    expect(file).toMatchObject({
      type: 'file',
      filename: 'hello.txt',
      mime_type: 'text/plain',
      size_bytes: 13,
      downloadable: true,
      expires_at: null,
      scope: null,
    });
    expect(await client.beta.files.retrieveMetadata(file.id)).toEqual(file);
    const res = await client.beta.files.download(file.id);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(await res.text()).toBe('hello, agent\n');
    const png = await client.files.upload({
      file: await toFile(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'pixel.png', { type: 'image/png' }),
    });
    expect(png).toMatchObject({ mime_type: 'image/png', size_bytes: 4 });
    expect(Buffer.from(await (await client.files.download(png.id)).arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    expect(await client.files.retrieveMetadata(png.id)).toMatchObject({ id: png.id, filename: 'pixel.png' });
  });

  it('expires on the engine clock: metadata stays, the content is a FileExpiredError', async () => {
    const file = await client.beta.files.upload({
      file: await toFile(Buffer.from('temp'), 'temp.txt'),
      expires_in_seconds: 3600,
    });
    expect(Date.parse(file.expires_at!) - Date.parse(file.created_at)).toBe(3_600_000);
    expect(await (await client.beta.files.download(file.id)).text()).toBe('temp');
    advance(server, 3_600_000);
    const e = await rejection(client.beta.files.download(file.id));
    expect(e).toBeInstanceOf(FileExpiredError);
    expect(e.status).toBe(404);
    expect((await client.beta.files.retrieveMetadata(file.id)).id).toBe(file.id);
    expect(
      await rejection(
        client.beta.files.upload({ file: await toFile(Buffer.from('x'), 'x.txt'), expires_in_seconds: 60 }),
      ),
    ).toBeInstanceOf(BadRequestError);
  });

  it('refuses a non-downloadable file with FileNotDownloadableError', async () => {
    const form = new FormData();
    form.append('file', new Blob(['locked']), 'locked.txt');
    form.append('downloadable', 'false');
    const made = await api(server)('POST', '/v1/files', form);
    expect(made.status).toBe(200);
    expect(made.body.downloadable).toBe(false);
    const e = await rejection(client.beta.files.download(made.body.id));
    expect(e).toBeInstanceOf(FileNotDownloadableError);
    expect(e.errorCode).toBe('file_not_downloadable');
  });

  it('answers an upload past the storage quota with StorageQuotaExceededError', async () => {
    await client.beta.files.upload({ file: await toFile(Buffer.alloc(900), 'a.bin') });
    const e = await rejection(client.beta.files.upload({ file: await toFile(Buffer.alloc(200), 'b.bin') }));
    expect(e).toBeInstanceOf(StorageQuotaExceededError);
  });

  it('lists newest first across pages, by scope, and by ids; deletes', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await client.beta.files.upload({ file: await toFile(Buffer.from(`f${i}`), `f${i}.txt`) })).id);
    const scoped = await api(server)('POST', '/v1/files', {
      filename: 'scoped.txt',
      content: 'in a session',
      scope_id: 'sesn_scope',
    });
    expect(scoped.body.scope).toEqual({ type: 'session', id: 'sesn_scope' });
    const seen: string[] = [];
    for await (const f of client.beta.files.list({ limit: 2 })) seen.push(f.id);
    expect(seen).toEqual([scoped.body.id, ...[...ids].reverse()]);
    expect((await client.beta.files.list({ scope_id: 'sesn_scope' })).data.map((f) => f.id)).toEqual([scoped.body.id]);
    const picked = await client.beta.files.list({ ids: [ids[0]!, ids[2]!, 'file_unknown'] });
    expect(picked.data.map((f) => f.id)).toEqual([ids[2], ids[0]]);
    expect(picked.next_page).toBeNull();
    expect(await rejection(client.beta.files.list({ ids: [ids[0]!], limit: 5 }))).toBeInstanceOf(BadRequestError);
    expect((await client.files.list()).data).toHaveLength(5);
    expect(await client.beta.files.delete(ids[1]!)).toEqual({ id: ids[1], type: 'file_deleted' });
    expect(await client.files.delete(ids[3]!)).toEqual({ id: ids[3], type: 'file_deleted' });
    expect(await rejection(client.beta.files.retrieveMetadata(ids[1]!))).toBeInstanceOf(NotFoundError);
  });
});
