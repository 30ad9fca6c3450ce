import { FORM_TO_KEY } from './glossary';

/**
 * Particles and common endings removed from the end of a Korean word, longest first. Each is
 * tagged with what the syllable before it must end in: `C` a final consonant (받침), `V` a
 * vowel, `*` either. Korean picks 이/을/은/과/으로 after a consonant and 가/를/는/와/로 after a
 * vowel, so the tag keeps `게이트웨이` or `하이` from losing their last syllable.
 */
const ENDINGS: readonly (readonly [string, 'C' | 'V' | '*'])[] = [
  ['이라는', 'C'], ['이라고', 'C'], ['이란', 'C'], ['이다', 'C'], ['입니다', 'C'], ['이며', 'C'],
  ['라는', 'V'], ['라고', 'V'], ['란', 'V'], ['이나', 'C'], ['이랑', 'C'], ['랑', 'V'],
  ['으로', 'C'], ['에서', '*'], ['에게', '*'], ['까지', '*'], ['부터', '*'], ['처럼', '*'],
  ['보다', '*'], ['마다', '*'], ['하고', '*'], ['하는', '*'], ['하기', '*'], ['하면', '*'],
  ['한다', '*'], ['합니다', '*'], ['해서', '*'], ['했다', '*'], ['하여', '*'], ['된다', '*'],
  ['되는', '*'], ['되고', '*'], ['들', '*'],
  ['은', 'C'], ['는', 'V'], ['이', 'C'], ['가', 'V'], ['을', 'C'], ['를', 'V'], ['과', 'C'],
  ['와', 'V'], ['로', '*'], ['의', '*'], ['에', '*'], ['도', '*'], ['만', '*'], ['나', 'V'],
  ['다', 'V'], ['할', '*'], ['한', '*'],
];

/**
 * Words that end in what looks like a particle but is part of the word, beyond the glossary's
 * own forms (always protected). Found by stripping every word of the notes and reading the list.
 */
const PROTECTED: ReadonlySet<string> = new Set([
  '이미지', '디렉터리', '디렉토리', '레지스트리', '리소스', '프로세스', '인스턴스', '인터페이스',
  '데이터', '데이터베이스', '게이트웨이', '바이너리', '라이브러리', '카테고리', '메모리', '히스토리',
  '스토리지', '시나리오', '포트', '호스트', '리포지토리', '프로토콜', '도메인', '네트워크', '정의',
  '경로', '결과', '효과', '속도', '정도', '온도', '쿼리', '엔트리', '팩토리', '레포지토리',
  '가이드', '모드', '코드', '노드', '리눅스', '맥', '우분투', '센토스', '서버', '마스터', '워커',
  '볼륨', '파일', '태그', '로그', '로그인', '로그아웃', '디스크', '버전', '플러그인', '애드온',
  '상태', '명령어', '명령', '설정', '설치', '구성', '배포', '생성', '삭제', '확인', '조회', '변경',
  '업데이트', '실행', '중지', '재시작', '연결', '접속', '사용', '관리', '모니터링', '복제', '분산',
  '이름', '토큰', '인증서', '인증', '환경', '사이', '차이', '나이', '아이디', '하이퍼바이저',
  '가상화', '가상머신', '도구', '보안', '장애', '자동화', '만료', '다운', '다음', '한번', '한글',
]);

/** Whether the syllable ends in a final consonant; undefined when it is not a Hangul syllable. */
function hasFinalConsonant(syllable: string): boolean | undefined {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  return code % 28 !== 0;
}

/** Whether `word` must be kept whole: a glossary form or a listed word. */
export function isProtected(word: string): boolean {
  const lower = word.toLowerCase();
  return PROTECTED.has(lower) || FORM_TO_KEY.has(lower);
}

/** `word` without one trailing particle or ending, or `word` itself when none applies. */
function stripOnce(word: string): string {
  if (isProtected(word)) return word;
  for (const [ending, after] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    // A one-syllable stem is too often a word of its own (정의, 경로) unless it is a term (잡).
    if ([...stem].length < 2 && !isProtected(stem)) continue;
    const final = hasFinalConsonant(stem.slice(-1));
    if (final === undefined) {
      // After Latin letters or digits (`Pod를`, `v2로`) the tag cannot be checked; allow it.
      if (!/[a-z0-9]$/i.test(stem)) continue;
    } else if ((after === 'C' && !final) || (after === 'V' && final)) {
      // 로 also follows ㄹ (`프로토콜로`), which the `*` tag already allows.
      continue;
    }
    return stem;
  }
  return word;
}

/**
 * Removes Korean particles and common endings from one word: `노드를` -> `노드`,
 * `레플리카셋이란` -> `레플리카셋`, `노드에서는` -> `노드`. Words that only look like they end
 * in a particle (`레지스트리`, `게이트웨이`, `정의`) stay whole. Non-Hangul words are returned as
 * they are.
 */
export function stripParticles(word: string): string {
  if (!/[가-힣]$/.test(word)) return word;
  let current = word;
  // Two rounds cover stacked particles (`에서` + `는`); more would start eating word endings.
  for (let round = 0; round < 2; round++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
