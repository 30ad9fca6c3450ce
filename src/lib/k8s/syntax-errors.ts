/**
 * Syntax errors as catalog messages: errors and warnings of the `yaml` library, and the
 * `JSON.parse` errors of daemon.json. The `yaml` library reports an error code (`BAD_INDENT`,
 * `TAB_AS_INDENT`, ...) and an English sentence; each code, and for the common codes each
 * sentence, has its own message id, so a reader gets what is wrong and how to fix it in their
 * language. Anything else falls back to `yaml.error` / `json.syntax`, which still name the line.
 */
import type { ErrorCode, YAMLError } from 'yaml';
import { describe, type Described } from '../messages';

/** The text of the line an offset is on (or of the nearest non-blank line above), shortened. */
export function nearText(text: string, offset: number): string {
  const lines = text.split('\n');
  let at = 0;
  let index = 0;
  for (; index < lines.length - 1; index++) {
    if (at + lines[index]!.length >= offset) break;
    at += lines[index]!.length + 1;
  }
  while (index > 0 && lines[index]!.trim() === '') index--;
  const line = (lines[index] ?? '').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The library's sentence without the position it may append. */
function detailOf(error: { message: string }): string {
  return error.message.replace(/\s+at line \d+, column \d+.*$/s, '');
}

type Mapper = (near: string, detail: string) => Described | undefined;

/** `Flow sequence ... must end with a ]`: a `[` or `{` that is never closed. */
function flowUnclosed(near: string, detail: string): Described | undefined {
  const close = /must (?:be sufficiently indented and )?end with a (\S)$/.exec(detail)?.[1];
  return close ? describe({ messageId: 'yaml.flow-unclosed', data: { near, close } }) : undefined;
}

const BY_CODE: Partial<Record<ErrorCode, Mapper>> = {
  BAD_INDENT: (near, detail) =>
    flowUnclosed(near, detail) ??
    (/mapping items/.test(detail)
      ? describe({ messageId: 'yaml.bad-indent.map', data: { near } })
      : /sequence items/.test(detail)
        ? describe({ messageId: 'yaml.bad-indent.seq', data: { near } })
        : describe({ messageId: 'yaml.bad-indent', data: { near } })),
  TAB_AS_INDENT: (near) =>
    describe({ messageId: 'yaml.tab-indent', hintId: 'yaml.tab-indent.hint', data: { near } }),
  DUPLICATE_KEY: (near) =>
    describe({
      messageId: 'yaml.duplicate-key',
      hintId: 'yaml.duplicate-key.hint',
      data: { near },
    }),
  MISSING_CHAR: (near, detail) => {
    const unclosed = flowUnclosed(near, detail);
    if (unclosed) return unclosed;
    if (/closing .?quote/.test(detail)) {
      return describe({ messageId: 'yaml.missing-quote', data: { near } });
    }
    if (/followed by map values/.test(detail)) {
      return describe({ messageId: 'yaml.missing-value', data: { near } });
    }
    if (/without - indicator/.test(detail)) {
      return describe({ messageId: 'yaml.seq-without-dash', data: { near } });
    }
    if (/^Comments must be separated/.test(detail)) {
      return describe({ messageId: 'yaml.comment-space', data: { near } });
    }
    if (/^Missing (, |, or : |space after : )/.test(detail)) {
      return describe({ messageId: 'yaml.flow-separator', data: { near } });
    }
    return undefined;
  },
  BLOCK_AS_IMPLICIT_KEY: (near, detail) =>
    /Nested mappings/.test(detail)
      ? describe({ messageId: 'yaml.block-as-key', data: { near } })
      : /block sequence/.test(detail)
        ? describe({ messageId: 'yaml.seq-as-key', data: { near } })
        : undefined,
  MULTILINE_IMPLICIT_KEY: (near) => describe({ messageId: 'yaml.multiline-key', data: { near } }),
  BLOCK_IN_FLOW: (near) => describe({ messageId: 'yaml.block-in-flow', data: { near } }),
  BAD_SCALAR_START: (near, detail) => {
    const char = /cannot start with (.+)$/.exec(detail)?.[1];
    return char
      ? describe({ messageId: 'yaml.bad-scalar-start', data: { near, char } })
      : undefined;
  },
  BAD_DQ_ESCAPE: (near, detail) => {
    const sequence = /escape sequence (.+)$/.exec(detail)?.[1];
    return sequence
      ? describe({ messageId: 'yaml.bad-escape', data: { near, sequence } })
      : undefined;
  },
  UNEXPECTED_TOKEN: (near, detail) =>
    describe({ messageId: 'yaml.unexpected', data: { near, detail } }),
  BAD_ALIAS: (near, detail) => describe({ messageId: 'yaml.anchor', data: { near, detail } }),
  ALIAS_PROPS: (near, detail) => describe({ messageId: 'yaml.anchor', data: { near, detail } }),
  TAG_RESOLVE_FAILED: (near, detail) => describe({ messageId: 'yaml.tag', data: { near, detail } }),
  BAD_COLLECTION_TYPE: (near, detail) =>
    describe({ messageId: 'yaml.tag', data: { near, detail } }),
};

/** The message of a `yaml` error or warning found in `text` (the text it was parsed from). */
export function yamlMessage(error: YAMLError, text: string): Described {
  const near = nearText(text, error.pos[0]);
  const detail = detailOf(error);
  return (
    BY_CODE[error.code]?.(near, detail) ??
    describe({ messageId: 'yaml.error', data: { near, detail, code: error.code } })
  );
}

/** The message of an error thrown while turning a parsed document into values. */
export function yamlValueMessage(error: unknown): Described {
  const detail = error instanceof Error ? error.message : String(error);
  return describe({ messageId: 'yaml.value', data: { detail } });
}

/**
 * The message of a `JSON.parse` error of `body` and the offset it points at. V8 names a
 * position for most errors, and the unexpected character for the others.
 */
export function jsonSyntaxMessage(message: string, body: string): { offset: number } & Described {
  const position = /position (\d+)/.exec(message);
  const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
  const offset = position ? Number(position[1]) : token ? Math.max(0, body.indexOf(token)) : 0;
  const near = nearText(body, offset);
  const detail = message.replace(/\s*\(line \d+ column \d+\)/, '');
  const hintId = 'json.hint';
  const char = body[offset];
  const report =
    char === '#' || char === '/'
      ? describe({ messageId: 'json.comment', hintId, data: { near } })
      : /property name/.test(message)
        ? describe({ messageId: 'json.property-name', hintId, data: { near } })
        : /^Expected ',' or /.test(message)
          ? describe({ messageId: 'json.comma', hintId, data: { near } })
          : /Unexpected end of JSON input/.test(message)
            ? describe({ messageId: 'json.end', hintId })
            : describe({ messageId: 'json.syntax', hintId, data: { near, detail } });
  return { offset, ...report };
}
