import { ExpressiveCode } from 'expressive-code';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { pluginShellSession } from '../../../src/integrations/expressive-code/shell-session';

const ec = new ExpressiveCode({ plugins: [pluginShellSession()] });

/** Renders one block and returns its HTML. */
async function render(code: string, language = 'sh'): Promise<string> {
  const { renderedGroupAst } = await ec.render({ code, language });
  return toHtml(renderedGroupAst);
}

/** The text the copy button would put on the clipboard. */
function copied(html: string): string {
  const match = /data-code="([^"]*)"/.exec(html);
  return (match?.[1] ?? '').replace(/\u007f/g, '\n').replace(/&#x26;/g, '&');
}

describe('pluginShellSession', () => {
  it('copies only the command of a prompted session and marks prompt and output', async () => {
    const html = await render(
      '[root@m-k8s ~]#  ls /etc/kubernetes/manifests/\netcd.yaml  kube-apiserver.yaml',
    );
    expect(copied(html)).toBe('ls /etc/kubernetes/manifests/');
    const prompt = html.slice(html.indexOf('class="sh-prompt"'));
    expect(prompt.replace(/<[^>]+>/g, '')).toMatch(/^[^<]*?\[root@m-k8s ~\]# {2}ls/);
    expect(html).toContain('sh-output');
  });

  it('leaves blocks without prompts to the default copy behaviour', async () => {
    const html = await render('kubectl get pods\nkubectl get svc');
    expect(copied(html)).toBe('kubectl get pods\nkubectl get svc');
    expect(html).not.toContain('sh-prompt');
  });

  it('ignores other languages', async () => {
    const html = await render('$ not a prompt in yaml: true', 'yaml');
    expect(html).not.toContain('sh-prompt');
  });
});
