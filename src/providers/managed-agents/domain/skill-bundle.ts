/**
 * A skill upload (contracts/managed-agents.md §Skills): files under one top-level directory with
 * `SKILL.md` at its root, whose YAML front matter gives the skill's `name` (a kebab-case slug; the
 * directory name when absent) and `description`. Paths are kept relative to that directory.
 */
import { parseYaml } from '../../../engine/lazy-require.js';
import { errors } from '../errors.js';

export interface UploadedSkillFile {
  filename: string;
  data: Buffer;
}
export interface SkillBundle {
  name: string;
  description: string;
  files: { path: string; data: Buffer }[];
}

/** Anthropic caps a skill upload at 8 MB in total. */
export const MAX_SKILL_BYTES = 8 * 1024 * 1024;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function segments(filename: string): string[] {
  const parts = filename.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  if (filename.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw errors.invalidRequest(`files: ${JSON.stringify(filename)} is not a relative path`);
  }
  return parts;
}

function frontMatter(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) throw errors.invalidRequest('SKILL.md must start with YAML front matter between --- lines');
  let doc: unknown;
  try {
    doc = parseYaml(m[1]!);
  } catch {
    throw errors.invalidRequest('SKILL.md front matter is not valid YAML');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw errors.invalidRequest('SKILL.md front matter must be a mapping');
  return doc as Record<string, unknown>;
}

export function readSkillBundle(uploads: UploadedSkillFile[]): SkillBundle {
  if (uploads.length === 0) throw errors.invalidRequest('files: at least one file is required');
  const total = uploads.reduce((n, f) => n + f.data.length, 0);
  if (total > MAX_SKILL_BYTES)
    throw errors.invalidRequest(`files: the upload is ${total} bytes; a skill holds at most ${MAX_SKILL_BYTES}`);
  const split = uploads.map((f) => ({ parts: segments(f.filename), data: f.data, filename: f.filename }));
  const top = split[0]!.parts[0]!;
  if (split.some((f) => f.parts.length < 2 || f.parts[0] !== top)) {
    throw errors.invalidRequest('files: all files must be inside one top-level directory (e.g. my-skill/SKILL.md)');
  }
  const files = split.map((f) => ({ path: f.parts.slice(1).join('/'), data: f.data }));
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw errors.invalidRequest(`files: ${JSON.stringify(`${top}/${f.path}`)} is given twice`);
    seen.add(f.path);
  }
  const skillMd = files.find((f) => f.path === 'SKILL.md');
  if (!skillMd) throw errors.invalidRequest(`files: ${top}/SKILL.md is required at the root of the skill directory`);
  const meta = frontMatter(skillMd.data.toString('utf8'));
  const name = typeof meta.name === 'string' && meta.name.trim() ? meta.name.trim() : top;
  if (!NAME.test(name) || name.length > 64)
    throw errors.invalidRequest(
      `SKILL.md name ${JSON.stringify(name)} must be kebab-case (a-z, 0-9, -), at most 64 characters`,
    );
  const description = typeof meta.description === 'string' ? meta.description.trim() : '';
  if (!description) throw errors.invalidRequest('SKILL.md front matter needs a description');
  if (description.length > 1024) throw errors.invalidRequest('SKILL.md description is longer than 1024 characters');
  return { name, description, files };
}
