import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterFiles } from '../../../src/integrations/manifests/site-manifests';
import { chaptersByEntry } from '../../../src/lib/glossary/chapters';
import { GLOSSARY_ENTRIES } from '../../../src/lib/glossary/index';
import { linkedSpellings } from '../../../src/lib/glossary/mentions';
import { groupByInitial, initialOf } from '../../../src/lib/glossary/order';
import { checkedPage } from '../../../src/lib/official-docs/pages';
import { GLOSSARY, squash } from '../../../src/lib/search/glossary';

const chapters = chapterFiles('content').map((chapter) => ({
  slug: chapter.slug,
  title: chapter.title,
  source: readFileSync(chapter.file, 'utf8'),
}));
const appearances = chaptersByEntry(chapters);

describe('glossary data', () => {
  it('gives every entry a unique ASCII id, an English name and a Korean definition', () => {
    const ids = GLOSSARY_ENTRIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY_ENTRIES) {
      expect(entry.id, entry.term).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.en.trim(), entry.id).not.toBe('');
      // One sentence for a beginner: Korean, ends with a full stop, no second sentence.
      expect(entry.definition, entry.id).toMatch(/\p{Script=Hangul}/u);
      expect(entry.definition, entry.id).toMatch(/다\.$/);
      expect(entry.definition.slice(0, -1), entry.id).not.toMatch(/다\.\s/);
    }
  });

  it('finds every entry in at least one chapter, with an anchor of that chapter', () => {
    const missing = GLOSSARY_ENTRIES.filter((entry) => !appearances.get(entry.id)?.length);
    expect(missing.map((entry) => entry.id)).toEqual([]);
    // A term mentioned in a chapter's prose links to its first mention there.
    const pod = appearances.get('pod') ?? [];
    expect(pod.find((link) => link.slug === 'workloads/pods')).toMatchObject({
      anchor: 'gl-pod',
      linked: true,
    });
    // A subcommand the prose never names points at the section of its first command.
    const rollout = appearances.get('kubectl-rollout') ?? [];
    expect(rollout.find((link) => link.slug === 'workloads/deployments')?.linked).toBe(false);
  });

  it('links every official page to a recorded, checked page', () => {
    for (const entry of GLOSSARY_ENTRIES) {
      if (entry.docs) expect(checkedPage(entry.docs), `${entry.id}: ${entry.docs}`).toBeDefined();
    }
    const withDocs = GLOSSARY_ENTRIES.filter((entry) => entry.docs).length;
    expect(withDocs / GLOSSARY_ENTRIES.length).toBeGreaterThan(0.9);
  });

  it('keeps each spelling in one search group, so a query has one meaning', () => {
    const owner = new Map<string, string>();
    for (const group of GLOSSARY) {
      for (const form of group) {
        const key = squash(form);
        expect(owner.get(key) ?? group[0], `${form} is in two groups`).toBe(group[0]);
        owner.set(key, group[0] as string);
      }
    }
    // The spellings the notes mix are one group: the notes' spelling is the key.
    const podGroup = GLOSSARY.find((group) => group[0] === '포드');
    expect(podGroup).toEqual(expect.arrayContaining(['파드', 'Pod']));
    expect(GLOSSARY.find((group) => group.includes('프라이빗'))?.[0]).toBe('프라이베이트');
  });

  it('links the spellings the notes write, never an abbreviation', () => {
    const replicaset = GLOSSARY_ENTRIES.find((entry) => entry.id === 'replicaset');
    expect(replicaset && linkedSpellings(replicaset)).toEqual(
      expect.arrayContaining(['레플리카셋', 'ReplicaSet']),
    );
    expect(replicaset && linkedSpellings(replicaset)).not.toContain('rs');
  });
});

describe('glossary order', () => {
  it('files a term under the initial consonant of its first syllable', () => {
    expect(initialOf('가상 머신')).toBe('ㄱ');
    expect(initialOf('까다로운')).toBe('ㄱ');
    expect(initialOf('쿠버네티스')).toBe('ㅋ');
    expect(initialOf('히스토리')).toBe('ㅎ');
    expect(initialOf('kubectl get')).toBe('A–Z');
  });

  it('sorts each section in 가나다 order and the Latin terms alphabetically', () => {
    const groups = groupByInitial(GLOSSARY_ENTRIES);
    expect(groups.map((group) => group.label).join('')).toBe('ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎA–Z');
    expect(groups.flatMap((group) => group.entries)).toHaveLength(GLOSSARY_ENTRIES.length);
    const korean = groups.find((group) => group.label === 'ㄹ')?.entries.map((e) => e.term) ?? [];
    expect(korean).toEqual([...korean].sort((a, b) => a.localeCompare(b, 'ko')));
    expect(korean.indexOf('레플리카')).toBeLessThan(korean.indexOf('레플리카셋'));
  });
});
