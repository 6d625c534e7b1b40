/** Skills and skill versions: uploads (multipart or JSON), reads, deletes and zip downloads. */
import type { HandlerInput } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { newId, newSkillVersionId } from '../domain/ids.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryString } from '../domain/query.js';
import { readSkillBundle, type UploadedSkillFile } from '../domain/skill-bundle.js';
import { zip } from '../domain/zip.js';
import type { ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/skills.js';
import type { SkillRow, SkillVersionRow } from '../tables.js';
import { ok, skillJson, skillVersionJson } from '../wire.js';

/**
 * The files and display name of an upload: the SDK's multipart form (`files[]` parts named by
 * relative path, which the engine keeps for this provider) or openma's JSON form.
 */
function readUpload(input: HandlerInput): { files: UploadedSkillFile[]; displayName: string | null } {
  if (
    String(input.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('multipart/form-data')
  ) {
    const fields = (input.body ?? {}) as { display_name?: string; display_title?: string };
    const files = input.files
      .filter((f) => f.field === 'files[]' || f.field === 'files')
      .map((f) => ({ filename: f.filename, data: f.data }));
    return { files, displayName: fields.display_name || fields.display_title || null };
  }
  const body = (input.body ?? {}) as {
    files?: { filename: string; content: string; encoding?: string }[];
    display_name?: string | null;
    display_title?: string | null;
  };
  const files = (body.files ?? []).map((f) => ({
    filename: f.filename,
    data: Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8'),
  }));
  return { files, displayName: body.display_name ?? body.display_title ?? null };
}

function mustSkill(db: Db, tenant: string, id: string): SkillRow {
  const row = store.findSkill(db, tenant, id);
  if (!row) throw errors.notFound('skill', id);
  return row;
}

function mustCustom(db: Db, tenant: string, id: string): SkillRow {
  const row = mustSkill(db, tenant, id);
  if (row.tenant_id === null)
    throw errors.permission(
      `skill ${JSON.stringify(id)} is a built-in Anthropic skill and cannot be changed or deleted`,
    );
  return row;
}

function mustVersion(db: Db, skill: SkillRow, version: string): SkillVersionRow {
  const row = store.getSkillVersion(db, skill.id, version === 'latest' ? skill.latest_version_id : version);
  if (!row) throw errors.notFound('skill version', `${skill.id}@${version}`);
  return row;
}

const SOURCES = new Set(['custom', 'anthropic', 'any']);

export const handlers = {
  createSkill: (ctx, input) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    const upload = readUpload(input);
    const bundle = readSkillBundle(upload.files);
    const now = ctx.now.toISOString();
    const id = newId(ctx.ids, 'skill');
    ctx.store.tx(() => {
      if (store.findCustomSkillByName(db, tenant, bundle.name)) {
        throw errors.conflict(`a skill named ${JSON.stringify(bundle.name)} already exists`, 'skill_name_taken');
      }
      const versionId = newSkillVersionId(ctx.now.getTime(), (v) => store.versionIdTaken(db, id, v));
      store.insertSkill(db, {
        id,
        tenantId: tenant,
        name: bundle.name,
        displayName: upload.displayName ?? bundle.name,
        source: 'custom',
        latestVersionId: versionId,
        now,
      });
      store.insertSkillVersion(db, {
        skillId: id,
        id: versionId,
        tenantId: tenant,
        name: bundle.name,
        description: bundle.description,
        files: bundle.files,
        now,
      });
    });
    return ok(skillJson(mustSkill(db, tenant, id)));
  },

  listSkills: (ctx, { query }) => {
    const page = pageRequest(query);
    const source = queryString(query.source);
    if (source !== undefined && source !== '' && !SOURCES.has(source))
      throw errors.invalidRequest('source: must be "custom", "anthropic" or "any"');
    const rows = store.listSkills(ctx.store.db, ctx.caller.tenant, {
      ...(source === 'custom' || source === 'anthropic' ? { source } : {}),
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), skillJson));
  },

  retrieveSkill: (ctx, { params }) => ok(skillJson(mustSkill(ctx.store.db, ctx.caller.tenant, params.skill_id))),

  deleteSkill: (ctx, { params }) => {
    const db = ctx.store.db;
    const row = mustCustom(db, ctx.caller.tenant, params.skill_id);
    store.deleteSkill(db, row.id);
    return ok({ id: row.id, type: 'skill_deleted' });
  },

  createSkillVersion: (ctx, input) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    const skill = mustCustom(db, tenant, input.params.skill_id);
    const bundle = readSkillBundle(readUpload(input).files);
    if (bundle.name !== skill.name)
      throw errors.invalidRequest(
        `SKILL.md name ${JSON.stringify(bundle.name)} must stay ${JSON.stringify(skill.name)}, the skill's name`,
      );
    const now = ctx.now.toISOString();
    const versionId = ctx.store.tx(() => {
      const v = newSkillVersionId(ctx.now.getTime(), (candidate) => store.versionIdTaken(db, skill.id, candidate));
      store.insertSkillVersion(db, {
        skillId: skill.id,
        id: v,
        tenantId: tenant,
        name: skill.name,
        description: bundle.description,
        files: bundle.files,
        now,
      });
      store.setLatestVersion(db, skill.id, v, now);
      return v;
    });
    return ok(skillVersionJson(mustVersion(db, skill, versionId)));
  },

  listSkillVersions: (ctx, { params, query }) => {
    const db = ctx.store.db;
    const skill = mustSkill(db, ctx.caller.tenant, params.skill_id);
    const page = pageRequest(query);
    const rows = store.listSkillVersions(db, skill.id, {
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), skillVersionJson));
  },

  retrieveSkillVersion: (ctx, { params }) => {
    const db = ctx.store.db;
    const skill = mustSkill(db, ctx.caller.tenant, params.skill_id);
    return ok(skillVersionJson(mustVersion(db, skill, String(params.version))));
  },

  deleteSkillVersion: (ctx, { params }) => {
    const db = ctx.store.db;
    const skill = mustCustom(db, ctx.caller.tenant, params.skill_id);
    const version = mustVersion(db, skill, String(params.version));
    return ctx.store.tx(() => {
      const next = store.newestVersion(db, skill.id, version.id);
      if (!next)
        throw errors.invalidRequest(`version ${version.id} is the skill's only version; delete the skill instead`);
      store.deleteSkillVersion(db, skill.id, version.id);
      if (skill.latest_version_id === version.id) store.setLatestVersion(db, skill.id, next.id, ctx.now.toISOString());
      return ok({ id: version.id, type: 'skill_version_deleted' });
    });
  },

  downloadSkillVersion: (ctx, { params }) => {
    const db = ctx.store.db;
    const skill = mustSkill(db, ctx.caller.tenant, params.skill_id);
    const version = mustVersion(db, skill, String(params.version));
    const files = store
      .skillFiles(db, skill.id, version.id)
      .map((f) => ({ path: `${skill.name}/${f.path}`, data: f.data }));
    return {
      status: 200,
      download: { data: zip(files, new Date(version.created_at)), contentType: 'application/zip' },
      headers: { 'content-disposition': `attachment; filename="${skill.name}.zip"` },
    };
  },
} satisfies Partial<ManagedAgentsHandlers>;
