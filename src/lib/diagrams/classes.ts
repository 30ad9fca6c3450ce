/**
 * Node classes a diagram may use (`class a accent` or `a:::accent`). Colours are CSS variables
 * defined in src/styles/diagrams.css from Starlight's palette, so they follow the light and dark
 * theme and print in the light palette; hex colours in a diagram would not.
 */
export const BUILT_IN_CLASSES = {
  /** The node the diagram is about (the busy service, the API server). */
  accent: 'fill:var(--dg-accent-fill),stroke:var(--dg-accent-stroke),color:var(--dg-accent-text)',
  /** Something healthy, kept or in service. */
  good: 'fill:var(--dg-good-fill),stroke:var(--dg-good-stroke),color:var(--dg-good-text)',
  /** Something failing, removed or restarted. */
  bad: 'fill:var(--dg-bad-fill),stroke:var(--dg-bad-stroke),color:var(--dg-bad-text)',
  /** Something unneeded or inactive (copied for nothing, an old revision). */
  muted: 'fill:var(--dg-muted-fill),stroke:var(--dg-muted-stroke),color:var(--dg-muted-text)',
} as const satisfies Record<string, string>;

/** Name of a built-in class. */
export type BuiltInClass = keyof typeof BUILT_IN_CLASSES;

/** `classDef` lines for every built-in class, appended to a diagram before it is drawn. */
export function classDefinitions(): string {
  return Object.entries(BUILT_IN_CLASSES)
    .map(([name, style]) => `  classDef ${name} ${style}`)
    .join('\n');
}
