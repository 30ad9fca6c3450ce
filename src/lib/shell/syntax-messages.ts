/**
 * Shell syntax errors of the `mvdan-sh` parser as catalog messages: each sentence the parser
 * writes for a likely mistake in a note (an unclosed quote or bracket, a loop without `done`)
 * has its own message id and data, with a hint on how such a line is written; anything else
 * keeps the parser's text under `shell-syntax.other`.
 */
import { describe, type Described, type MessageId, type MessageValue } from '../messages';

type HintId =
  | 'shell-syntax.loop.hint'
  | 'shell-syntax.if.hint'
  | 'shell-syntax.quote.hint'
  | 'shell-syntax.placeholder.hint';

/** The hint for a parser sentence: how a loop, an if or a quoted value is written. */
function hintFor(message: string): HintId {
  if (/do|done|loop/.test(message)) return 'shell-syntax.loop.hint';
  if (/then|fi|if/.test(message)) return 'shell-syntax.if.hint';
  if (/quote/.test(message)) return 'shell-syntax.quote.hint';
  return 'shell-syntax.placeholder.hint';
}

/** What the parser expected after a token, in the reader's language when we know the words. */
const EXPECTED: Record<string, MessageId> = {
  'a statement': 'shell-syntax.statement',
  'an expression': 'shell-syntax.expression',
  'a word': 'shell-syntax.word',
  'a literal': 'shell-syntax.literal',
};

/** The message of a parser error sentence, e.g. `reached EOF without closing quote "`. */
export function shellSyntaxMessage(message: string): Described {
  const hintId = hintFor(message);
  let match = /^reached (\S+) without closing quote (.+)$/.exec(message);
  if (match) {
    const [, end, quote] = match as unknown as [string, string, string];
    return describe({ messageId: 'shell-syntax.unclosed-quote', hintId, data: { end, quote } });
  }
  match = /^reached (\S+) without matching (\S+) with (\S+)$/.exec(message);
  if (match) {
    const [, end, open, close] = match as unknown as [string, string, string, string];
    return describe({
      messageId: 'shell-syntax.unmatched',
      hintId,
      data: { end, open, close },
    });
  }
  match = /^(\S+) must be followed by (.+)$/.exec(message);
  if (match) {
    const [, token, words] = match as unknown as [string, string, string];
    const known = EXPECTED[words];
    const expected: MessageValue = known ? { messageId: known } : words;
    return describe({ messageId: 'shell-syntax.followed-by', hintId, data: { token, expected } });
  }
  match = /^(\w+) statement must end with (.+)$/.exec(message);
  if (match) {
    const [, statement, end] = match as unknown as [string, string, string];
    return describe({
      messageId: 'shell-syntax.statement-end',
      hintId,
      data: { statement, end },
    });
  }
  match = /^(\S+) can only (.+)$/.exec(message);
  if (match) {
    const [, token, usage] = match as unknown as [string, string, string];
    return describe({ messageId: 'shell-syntax.misplaced', hintId, data: { token, usage } });
  }
  match = /^a command can only contain words and redirects; encountered (.+)$/.exec(message);
  if (match) {
    return describe({ messageId: 'shell-syntax.not-a-word', hintId, data: { token: match[1]! } });
  }
  if (message === 'statements must be separated by &, ; or a newline') {
    return describe({ messageId: 'shell-syntax.separator', hintId });
  }
  match = /^(.+) is not a valid start for a statement$/.exec(message);
  if (match) {
    return describe({ messageId: 'shell-syntax.bad-start', hintId, data: { token: match[1]! } });
  }
  return describe({ messageId: 'shell-syntax.other', hintId, data: { detail: message } });
}
