import { describe, expect, it } from 'vitest';
import { groupChapters } from '../../../src/lib/site/chapters';
import { containsHangul } from '../../../src/lib/site/hangul';
import { splitInlineCode } from '../../../src/lib/site/inline-code';

describe('groupChapters', () => {
  it('groups chapters by part in sidebar order and drops non-chapter pages', () => {
    const parts = groupChapters([
      { id: 'workloads/probes', title: '프로브', order: 2 },
      { id: 'docker/commands', title: '명령어', order: 2 },
      { id: 'docker/microservices', title: '마이크로서비스', order: 1 },
      { id: 'workloads/pods', title: '포드', order: 1 },
      { id: 'corrections', title: '정오표' },
    ]);
    expect(parts.map((part) => [part.label, part.chapters.map((c) => c.id)])).toEqual([
      ['도커', ['docker/microservices', 'docker/commands']],
      ['워크로드', ['workloads/pods', 'workloads/probes']],
    ]);
  });
});

describe('splitInlineCode', () => {
  it('splits backticked parts into code', () => {
    expect(splitInlineCode('플래그 `--to-revision`을 쓴다')).toEqual([
      { code: false, value: '플래그 ' },
      { code: true, value: '--to-revision' },
      { code: false, value: '을 쓴다' },
    ]);
  });

  it('leaves an unmatched backtick as text', () => {
    expect(splitInlineCode('a ` b')).toEqual([{ code: false, value: 'a ` b' }]);
  });
});

describe('containsHangul', () => {
  it('finds syllables and jamo, not Latin or CJK ideographs', () => {
    expect(containsHangul('기존의 애플리케이션')).toBe(true);
    expect(containsHangul('ㅋ')).toBe(true);
    expect(containsHangul('--overwrite')).toBe(false);
    expect(containsHangul('章')).toBe(false);
  });
});
