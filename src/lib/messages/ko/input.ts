/** 한국어 문장: 검사할 수 없는 입력. The ids and placeholders of ../en/input.ts. */
import type en from '../en/input';

export default {
  'io.missing': '파일이나 폴더가 없습니다: `{{path}}`.',
  'io.missing.hint': '경로를 확인하세요. 상대 경로는 명령을 실행한 폴더에서 찾습니다.',
  'io.dangling-link': '심볼릭 링크가 없는 파일이나 폴더를 가리킵니다: `{{target}}`.',
  'io.dangling-link.hint': '링크를 지우거나 있는 파일을 가리키게 고치세요.',
  'io.link-loop': '심볼릭 링크가 순환합니다: 이 폴더는 이미 `{{first}}` 경로로 검사했습니다.',
  'io.link-loop.hint': '폴더는 한 번만 검사합니다. 상위 폴더를 다시 가리키는 링크를 지우세요.',
  'io.unreadable': '읽을 수 없습니다: {{detail}}',
  'io.unreadable.hint': '파일이나 폴더의 권한을 확인하세요.',
  'input.too-large': '파일이 너무 큽니다: {{size}} MB이고 한도는 {{limit}} MB입니다.',
  'input.too-large.hint': '파일을 나누거나 `--max-size=<MB>` 옵션으로 한도를 늘리세요.',
  'input.not-text': '텍스트 파일이 아닙니다: {{reason}}',
  'input.not-text.hint': '매니페스트는 UTF-8 텍스트입니다. 맞는 파일인지 확인하고 UTF-8로 저장하세요.',
  'input.nul-byte': 'NUL 바이트가 들어 있습니다({{offset}}번째 바이트).',
  'input.bad-utf8': '올바른 UTF-8이 아닙니다.',
  'input.too-deep': '중첩이 너무 깊습니다: {{limit}}단계를 넘습니다(`{{near}}` 줄).',
  'input.too-deep.hint': '쿠버네티스 오브젝트는 이렇게 깊이 중첩되지 않습니다. 들여쓰기와 괄호를 확인하세요.',
  'input.empty': '파일에 YAML 문서가 없습니다.',
  'input.empty.hint': '`apiVersion`과 `kind`가 있는 매니페스트를 쓰거나 파일을 지우세요.',
  'input.too-many-findings': '이 파일의 나머지 결과 {{count}}건은 표시하지 않았습니다(처음 {{shown}}건만 표시).',
  'input.too-many-findings.hint': '앞의 결과부터 고치고 다시 실행하거나 `--max-findings=<n>` 옵션으로 더 보세요.',
  'manifest-name.collision': '매니페스트 두 개의 파일 이름이 같습니다: `{{name}}`. 다른 하나는 `{{first}}` 위치에 있습니다.',
  'manifest-name.collision.hint': '둘 중 하나에 다른 `title="..."`(또는 heredoc 파일 이름)을 주어 내려받을 파일 이름이 겹치지 않게 하세요.',
} as const satisfies { readonly [Id in keyof typeof en]: string };
