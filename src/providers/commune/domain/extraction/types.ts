/**
 * The seam for structured extraction. Commune runs an LLM here; mailsim runs a deterministic local
 * extractor (local.ts) unless the user plugs in a function of their own (config
 * `providerSettings.commune.extractor`: a module path, or a function when started programmatically).
 * No LLM is ever called by mailsim.
 */

/** One email as the extractor sees it. */
export interface ExtractionEmail {
  from: { address: string; name: string | null };
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Header fields with lower-case names. */
  headers: Record<string, string>;
  date: string;
}

export interface ExtractionInput {
  /** The inbox's extraction schema: a JSON Schema with type "object" and properties. */
  schema: Record<string, unknown>;
  name: string;
  description?: string;
  email: ExtractionEmail;
  /** Earlier messages of the thread, oldest first (Commune extracts from the whole thread when there is one). */
  thread: { direction: 'inbound' | 'outbound'; from: string; subject: string; text: string; createdAt: string }[];
}

/**
 * Returns the extracted object (it is validated against the schema; an invalid result is dropped,
 * as Commune swallows extraction failures), or null for "nothing extracted".
 */
export type Extractor = (input: ExtractionInput) => unknown | Promise<unknown>;
