/**
 * CommonJS packages loaded on first use, synchronously. Each is needed by a path a start never
 * takes (a YAML contract newer than its JSON, a scenario file, HTML-only inbound mail), and
 * loading them with the rest costs every `mailsim start` the time to compile them.
 *
 * `require` resolves from this module's own file; in the CLI bundle scripts/build-cli.mjs points
 * `import.meta.url` back at dist/src, so the package comes from node_modules either way.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `yaml`'s parse, loaded on the first call. */
export function parseYaml(text: string): unknown {
  return (require('yaml') as typeof import('yaml')).parse(text);
}

/** `html-to-text`'s convert, loaded on the first call. */
export function htmlToTextConvert(html: string, options: import('html-to-text').HtmlToTextOptions): string {
  return (require('html-to-text') as typeof import('html-to-text')).convert(html, options);
}
