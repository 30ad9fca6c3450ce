/** 한국어 문장: 린트(경고). The ids and placeholders of ../en/lint.ts. */
import type en from '../en/lint';

export default {
  'resources.unset': '컨테이너에 리소스 요청량·제한량(`resources`)이 없습니다.',
  'resources.unset.hint': '`cpu`와 `memory`의 `resources.requests`(와 `limits`)를 추가하세요.',
  'image-tag.none': '이미지에 태그가 없어 `:latest`를 받게 됩니다: `{{image}}`.',
  'image-tag.latest': '이미지에 `:latest` 태그를 썼습니다: `{{image}}`.',
  'image-tag.hint': '`nginx:1.27`처럼 버전을 적어, 매니페스트가 늘 같은 이미지를 실행하게 하세요.',
  'service-selector.no-match': '서비스 `{{name}}`의 셀렉터({{selector}})와 맞는 포드 템플릿이 이 페이지에 없습니다.',
  'service-selector.no-template': '서비스 `{{name}}`의 셀렉터({{selector}})가 고를 포드 템플릿이 이 페이지에 하나도 없습니다.',
  'service-selector.hint': '셀렉터를 트래픽을 받을 포드의 레이블과 비교해 보세요.',
} as const satisfies { readonly [Id in keyof typeof en]: string };
