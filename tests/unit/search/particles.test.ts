import { describe, expect, it } from 'vitest';
import { stripParticles } from '../../../src/lib/search/particles';

describe('stripParticles', () => {
  it.each([
    ['노드를', '노드'],
    ['노드로', '노드'],
    ['노드에서는', '노드'],
    ['레플리카셋이란', '레플리카셋'],
    ['컨테이너를', '컨테이너'],
    ['데몬이', '데몬'],
    ['도커가', '도커'],
    ['포드는', '포드'],
    ['서비스와', '서비스'],
    ['레이블과', '레이블'],
    ['프로토콜로', '프로토콜'],
    ['네임스페이스의', '네임스페이스'],
    ['이미지를', '이미지'],
    ['레지스트리에', '레지스트리'],
    ['포드들', '포드'],
    ['kubectl로', 'kubectl'],
    ['Pod를', 'Pod'],
  ])('%s -> %s', (word, stem) => {
    expect(stripParticles(word)).toBe(stem);
  });

  it.each([
    '레지스트리',
    '네임스페이스',
    '노드',
    '이미지',
    '디렉터리',
    '서비스',
    '프로세스',
    '리소스',
    '게이트웨이',
    '정의',
    '경로',
    '결과',
    '하이',
    '마이크로서비스',
    '데이터',
  ])('keeps %s whole', (word) => {
    expect(stripParticles(word)).toBe(word);
  });

  it('leaves non-Hangul words alone', () => {
    expect(stripParticles('rollout')).toBe('rollout');
    expect(stripParticles('--to-revision')).toBe('--to-revision');
  });
});
