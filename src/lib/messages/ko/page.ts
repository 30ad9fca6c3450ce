/** 한국어 문장: 페이지 편집기. The ids and placeholders of ../en/page.ts. */
import type en from '../en/page';

export default {
  'check-failed': '검사하지 못했습니다: {{detail}}',
} as const satisfies { readonly [Id in keyof typeof en]: string };
