/**
 * Where a diagram is drawn as a picture and where as the narrow layout (flow.ts). A picture is
 * only shown at a size that keeps its smallest text readable: in a phone's column at no less
 * than its drawn size (12 px labels stay 12 px); in a column of {@link WIDE_COLUMN} px or more
 * (a desktop's) it may shrink to {@link MIN_SCALE} of it. Where the picture would be smaller,
 * the narrow layout takes its place. CSS container queries switch the two (no script), so the
 * threshold of each diagram is rounded up to one of a fixed set of steps, each with its rule in
 * src/styles/diagrams.css.
 */

/** A column at least this wide (px) is a desktop's: pictures may shrink there. */
export const WIDE_COLUMN = 600;
/** The least a picture may shrink to in a wide column. */
export const MIN_SCALE = 0.8;
/** Thresholds are multiples of this (px), between {@link FIRST_STEP} and {@link LAST_STEP}. */
export const STEP = 20;
export const FIRST_STEP = 200;
/** Above this no content column ever is (Starlight's is at most 720 px): the picture never shows. */
export const LAST_STEP = 800;

/**
 * The narrowest column (px) in which a picture drawn `width` px wide is shown; below it the
 * narrow layout is. Always one of {@link thresholdSteps}.
 */
export function pictureFrom(width: number): number {
  const from = Math.min(width, Math.max(WIDE_COLUMN, width * MIN_SCALE));
  const step = Math.ceil(from / STEP) * STEP;
  return Math.min(LAST_STEP, Math.max(FIRST_STEP, step));
}

/** Every threshold {@link pictureFrom} can return. */
export function thresholdSteps(): number[] {
  const steps: number[] = [];
  for (let step = FIRST_STEP; step <= LAST_STEP; step += STEP) steps.push(step);
  return steps;
}

/** The figure's class that selects its threshold's rule. */
export function thresholdClass(width: number): string {
  return `diagram--from-${pictureFrom(width)}`;
}
