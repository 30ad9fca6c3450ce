import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LAST_STEP,
  MIN_SCALE,
  WIDE_COLUMN,
  pictureFrom,
  thresholdSteps,
} from '../../../src/lib/diagrams/fit';

const CSS = readFileSync('src/styles/diagrams.css', 'utf8');

describe('pictureFrom', () => {
  it('shows a picture narrower than a desktop column only at its drawn size or more', () => {
    for (const width of [230, 343, 505, 599]) {
      expect(pictureFrom(width)).toBeGreaterThanOrEqual(width);
      expect(pictureFrom(width)).toBeLessThan(width + 40);
    }
  });

  it('lets a wide picture shrink to 80 % in a desktop column, never below', () => {
    for (const width of [632, 719, 800, 1000]) {
      const from = pictureFrom(width);
      expect(from).toBeGreaterThanOrEqual(WIDE_COLUMN);
      expect(from).toBeGreaterThanOrEqual(width * MIN_SCALE);
    }
    expect(pictureFrom(719)).toBe(600);
  });

  it('never shows a picture too wide for any column: its layout always shows', () => {
    expect(pictureFrom(1100)).toBe(LAST_STEP);
    expect(LAST_STEP).toBeGreaterThan(720);
  });

  it('always returns a step that has its rule in diagrams.css', () => {
    const steps = new Set(thresholdSteps());
    for (let width = 1; width <= 2000; width += 7) expect(steps.has(pictureFrom(width))).toBe(true);
    const rule = /@container dg \(width < (\d+)px\) \{ \.diagram--from-(\d+) /g;
    const rules = [...CSS.matchAll(rule)];
    for (const [, query, name] of rules) expect(query).toBe(name);
    expect(rules.map(([, query]) => Number(query))).toEqual(thresholdSteps());
  });
});
