import { describe, expect, it } from 'vitest';
import { FORM_TO_KEY, GLOSSARY, squash } from '../../../src/lib/search/glossary';
import { partOf, pageForIndex } from '../../../src/lib/search/page';
import { indexTerms, normaliseQuery } from '../../../src/lib/search/terms';

describe('glossary', () => {
  it('gives every form exactly one key', () => {
    const seen = new Map<string, string>();
    for (const group of GLOSSARY) {
      for (const form of group) {
        const previous = seen.get(squash(form));
        if (previous !== undefined) expect(previous, `${form} is in two groups`).toBe(group[0]);
        seen.set(squash(form), group[0] as string);
      }
    }
  });

  it.each([
    ['파드', '포드'],
    ['Pod', '포드'],
    ['ReplicaSet', '레플리카셋'],
    ['레플리카 셋', '레플리카셋'],
    ['프라이빗', '프라이베이트'],
    ['private', '프라이베이트'],
    ['rolling update', '롤링 업데이트'],
    ['롤링업데이트', '롤링 업데이트'],
    ['라벨', '레이블'],
    ['k8s', '쿠버네티스'],
  ])('maps %s to %s', (form, key) => {
    expect(FORM_TO_KEY.get(squash(form))).toBe(key);
  });
});

describe('normaliseQuery', () => {
  it.each([
    ['노드를', '노드'],
    ['레플리카셋이란', '레플리카셋'],
    ['롤링업데이트', '롤링 업데이트'],
    ['롤링 업데이트', '롤링 업데이트'],
    ['롤링업데이트를', '롤링 업데이트'],
    ['rolling update', '롤링 업데이트'],
    ['레플리카 셋', '레플리카셋'],
    ['파드를', '포드'],
    ['프라이빗 레지스트리', '프라이베이트 레지스트리'],
    ['rollback', '롤백'],
    ['ReplicaSet', '레플리카셋'],
    ['rollout undo', '롤아웃 undo'],
    ['--to-revision', 'torevision'],
    ['kubectl rollout undo', 'kubectl rollout undo'],
    ['kubectl rollout undo --to-revision=2', 'kubectl rollout undo torevision 2'],
    ['docker rmi', 'docker rmi'],
    ['도커이미지', '도커 이미지'],
    ['레이블과 셀렉터', '레이블 셀렉터'],
    ['', ''],
  ])('%s -> %s', (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});

describe('indexTerms', () => {
  it('adds stems, glossary keys, split compounds and flags that the text lacks', () => {
    const terms = indexTerms('파드를 롤링업데이트 하려면 kubectl rollout undo --to-revision=2');
    expect(terms).toEqual(
      expect.arrayContaining(['포드', '롤링', '업데이트', '롤아웃', 'torevision']),
    );
    expect(terms).not.toContain('롤링업데이트');
    expect(terms).not.toContain('kubectl');
  });

  it('adds nothing for text already in normal form', () => {
    expect(indexTerms('포드 노드 kubectl')).toEqual([]);
  });

  it('adds the parts of long Korean words, and every word of unseen text', () => {
    expect(indexTerms('레플리카셋을 만든다')).toEqual(
      expect.arrayContaining(['레플리카셋', '플리카셋', '리카셋', '카셋']),
    );
    expect(indexTerms('포드', '스냅샷 저장')).toEqual(['냅샷', '스냅샷', '저장']);
  });
});

describe('pageForIndex', () => {
  const html = '<html><body><nav>x</nav><main data-pagefind-body><h1>포드</h1></main></body></html>';

  it('adds the part filter and the terms inside the indexed body', () => {
    const out = pageForIndex(html, '/docker/commands/', '파드를 본다');
    expect(out).toContain(
      '<main data-pagefind-body><span hidden data-pagefind-filter="분류:도커"></span>' +
        '<span hidden data-pagefind-meta="terms:파드 포드"></span>' +
        '<span hidden data-pagefind-meta="topic:pod pods 파드 포드"></span><h1>',
    );
  });

  it("gives a chapter its title, headings and commands as fields, at full weight", () => {
    const page =
      '<main data-pagefind-body><h1>레플리카셋</h1><h2>스케일</h2>' +
      '<pre data-language="sh"><code><div class="ec-line"><div class="code">' +
      '<span>kubectl</span> <span>get rs --show-labels</span></div></div></code></pre>' +
      '<svg><desc>요소: etcdctl snapshot save</desc></svg></main>';
    const out = pageForIndex(page, '/workloads/replicasets/', '레플리카셋 스케일') ?? '';
    expect(out).toContain('<main data-pagefind-body>');
    expect(out).toMatch(/data-pagefind-meta="topic:[^"]*\breplicaset\b[^"]*\brs\b[^"]*플리카셋/);
    expect(out).toMatch(/data-pagefind-meta="sections:[^"]*\bscale\b/);
    expect(out).toContain('data-pagefind-meta="commands:get kubectl rs showlabels"');
    expect(out).toMatch(/data-pagefind-meta="terms:[^"]*\bsnapshot\b/);
    expect(out).not.toContain('aux:');
  });

  it('gives the other pages a lighter weight and their terms as aux only', () => {
    const out = pageForIndex(html, '/commands/', '파드를 본다') ?? '';
    expect(out).toContain('<main data-pagefind-body data-pagefind-weight="0.5">');
    expect(out).toContain('data-pagefind-meta="aux:파드 포드"');
    expect(out).not.toMatch(/meta="(terms|topic|commands):/);
  });

  it('skips pages Pagefind would not index and parts it does not know', () => {
    expect(pageForIndex('<main>x</main>', '/docker/', 'x')).toBeUndefined();
    expect(partOf('/corrections/')).toBe('시작하기');
    expect(partOf('/workloads/pods/')).toBe('쿠버네티스');
  });
});
