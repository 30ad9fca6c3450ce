/**
 * Splits a shell code block into what a reader types and what the terminal prints.
 *
 * A block that shows no prompt is all commands. A block that shows prompts (`$ `,
 * `[root@m-k8s ~]# `, `user@host:~$ `) is a session: prompt lines and their `\`
 * continuations are commands, every other line is output. Only commands are copied.
 */

/** A prompt at the start of a line: `$`, `[user@host dir]#`, or `user@host:dir$`, then spaces. */
const PROMPT = /^(?:\$|\[[^\]\n]+\][#$]|[\w.-]+@[\w.-]+:[^\s]*[#$])[ \t]+/;

/** The role of one line of a shell block. */
export type ShellLineKind = 'command' | 'continuation' | 'output';

/** One line of a shell block, with the prompt (if any) split off. */
export interface ShellLine {
  kind: ShellLineKind;
  /** The prompt as shown, including its trailing spaces; empty when the line has none. */
  prompt: string;
  /** The line without its prompt. */
  text: string;
}

/** A parsed shell block. */
export interface ShellSession {
  /** True when at least one line shows a prompt, so that other lines can be output. */
  hasPrompts: boolean;
  lines: ShellLine[];
  /** Exactly what should land on the clipboard: the commands, without prompts or output. */
  copyText: string;
}

/** Parses a shell block's lines into commands, continuations and output. */
export function parseShellSession(code: string): ShellSession {
  const raw = code.split('\n');
  const hasPrompts = raw.some((line) => PROMPT.test(line));
  const lines: ShellLine[] = [];
  let continues = false;
  for (const line of raw) {
    const prompt = hasPrompts ? (PROMPT.exec(line)?.[0] ?? '') : '';
    let kind: ShellLineKind;
    if (prompt) kind = 'command';
    else if (!hasPrompts) kind = 'command';
    else kind = continues ? 'continuation' : 'output';
    const text = line.slice(prompt.length);
    lines.push({ kind, prompt, text });
    // A trailing backslash carries the command on to the next line.
    continues = kind !== 'output' && /\\$/.test(text);
  }
  const copyText = lines
    .filter((line) => line.kind !== 'output')
    .map((line) => line.text)
    .join('\n')
    .trim();
  return { hasPrompts, lines, copyText };
}
