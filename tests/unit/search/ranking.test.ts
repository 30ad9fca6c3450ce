import { describe, expect, it } from 'vitest';
import { filterText, matchesFilter, queryForms } from '../../../src/lib/search/filter';
import { INDEX_FIELDS, RANKING, pageWeight } from '../../../src/lib/search/ranking';

describe('page weights', () => {
  it('keeps the chapters at full weight and puts the other pages below them', () => {
    for (const path of ['/workloads/pods/', '/docker/commands/', '/cluster/services/']) {
      expect(pageWeight(path), path).toBe(1);
    }
    const sheet = pageWeight('/commands/');
    const glossary = pageWeight('/glossary/');
    expect(sheet).toBeLessThan(1);
    expect(glossary).toBeLessThan(1);
    // The home page, 정오표 and the catalog only point to chapters: lowest of all.
    for (const path of ['/', '/corrections/', '/manifests/']) {
      expect(pageWeight(path), path).toBeLessThan(Math.min(sheet, glossary));
    }
  });

  it('weighs what a chapter teaches (title, headings, commands) above words it uses', () => {
    const weights = RANKING.metaWeights;
    for (const field of ['topic', 'sections', 'commands'] as const) {
      expect(weights[field]).toBeGreaterThan(weights.terms);
    }
    expect(weights.aux).toBeLessThan(weights.terms);
    // Every field the index writes has a weight, and the dialog hides every one of them.
    expect(Object.keys(weights).filter((field) => field !== 'title').sort()).toEqual(
      [...INDEX_FIELDS].sort(),
    );
  });
});

describe('in-page filters', () => {
  it('match as site search does: 파드 finds what says 포드 or Pod, a part finds its word', () => {
    expect(matchesFilter(filterText('Pod nginx 포드'), queryForms('파드'))).toBe(true);
    expect(matchesFilter(filterText('Pod nginx'), queryForms('파드를'))).toBe(true);
    expect(matchesFilter(filterText('레플리카셋 rs-nginx'), queryForms('플리카'))).toBe(true);
    expect(matchesFilter(filterText('Service http-go-svc'), queryForms('파드'))).toBe(false);
    const undo = filterText('kubectl rollout undo --to-revision=2');
    expect(matchesFilter(undo, queryForms('--to-revision'))).toBe(true);
  });
});
