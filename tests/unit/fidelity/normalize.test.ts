import { describe, expect, it } from 'vitest';
import { canonical, notesLines, proseText } from '../../../src/lib/fidelity/normalize';
import { checkFidelity, coverageProblems } from '../../../src/lib/fidelity/check';

describe('proseText', () => {
  it('strips heading, blockquote, list and link syntax', () => {
    expect(proseText('## 서비스의 생성방법')).toBe('서비스의 생성방법');
    expect(proseText('> kubectl get pods -o wide')).toBe('kubectl get pods -o wide');
    expect(proseText('  - kubectl label pod http-go-v2 test=foo')).toBe(
      'kubectl label pod http-go-v2 test=foo',
    );
    expect(proseText('1. 디플로이먼트 : http-go')).toBe('디플로이먼트 : http-go');
    expect(proseText('[static pod 생성하기](https://kubernetes.io/x)')).toBe('static pod 생성하기');
    expect(proseText('![ETCD 데이터베이스 구조](./img/etcd_01.png)')).toBe('ETCD 데이터베이스 구조');
  });

  it('keeps option lines that only look like list items', () => {
    expect(proseText('> -d : 백그라운드 환경에서 가동')).toBe('-d : 백그라운드 환경에서 가동');
    expect(proseText('> --name : 컨테이너의 이름 부여')).toBe('--name : 컨테이너의 이름 부여');
  });

  it('drops backticks and collapses whitespace', () => {
    expect(proseText('소스코드 `전체가 하나`로써   동작  ')).toBe('소스코드 전체가 하나로써 동작');
    expect(canonical('a\n\n  b')).toBe('a b');
  });
});

describe('notesLines', () => {
  it('keeps code lines verbatim and skips fences and blank lines', () => {
    const lines = notesLines('# 제목\n\n~~~\n# 조회하기\n  kubectl get pod\n~~~\n> docker ps');
    expect(lines).toEqual([
      { line: 1, raw: '# 제목', text: '제목' },
      { line: 4, raw: '# 조회하기', text: '# 조회하기' },
      { line: 5, raw: '  kubectl get pod', text: 'kubectl get pod' },
      { line: 7, raw: '> docker ps', text: 'docker ps' },
    ]);
  });
});

describe('checkFidelity', () => {
  const lines = notesLines('하나\n둘\n셋');
  const chapters = [{ slug: 'a', ranges: [[1, 3]] as Array<[number, number]> }];

  it('passes when every line is on the page in order', () => {
    expect(checkFidelity(lines, chapters, new Map([['a', '하나 그리고 둘 그리고 셋']]), new Set())).toEqual(
      [],
    );
  });

  it('reports a missing line and an out-of-order line', () => {
    const problems = checkFidelity(lines, chapters, new Map([['a', '셋 하나']]), new Set());
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'missing'],
      [3, 'out-of-order'],
    ]);
  });

  it('skips corrected lines and reports lines no chapter claims', () => {
    const problems = checkFidelity(
      lines,
      [{ slug: 'a', ranges: [[1, 2]] }],
      new Map([['a', '하나']]),
      new Set([2]),
    );
    expect(problems).toEqual([{ line: 3, slug: '', text: '셋', problem: 'unassigned' }]);
  });
});

describe('coverageProblems', () => {
  it('finds gaps and overlaps', () => {
    expect(
      coverageProblems(4, [
        { slug: 'a', ranges: [[1, 2]] },
        { slug: 'b', ranges: [[2, 3]] },
      ]),
    ).toEqual(['line 2: claimed by a, b', 'line 4: claimed by no chapter']);
  });
});
