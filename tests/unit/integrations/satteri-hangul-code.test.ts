import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriHangulCode } from '../../../src/integrations/satteri-hangul-code';

/** Renders Markdown with the plugin. */
function render(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [satteriHangulCode()] }).html;
}

describe('satteriHangulCode', () => {
  it('marks inline code that contains Hangul', () => {
    expect(render('소스코드 `전체가 하나`로써')).toContain('<code class="hangul">전체가 하나</code>');
  });

  it('leaves Latin inline code and code blocks alone', () => {
    const html = render('`--overwrite`\n\n```\n한글 주석\n```');
    expect(html).toContain('<code>--overwrite</code>');
    expect(html).not.toMatch(/<pre[^>]*><code class="hangul"/);
  });
});
