/** Runs the mutation benchmark (mutations.ts): each mistake as a YAML file through the validator. */
import { stringify } from 'yaml';
import { validateFileText } from '../../src/lib/manifests/validate-file';
import { BASES, MUTATIONS, type Mutation } from './mutations';

export interface MutationResult {
  mutation: Mutation;
  /** At least one error: the mistake is caught. */
  detected: boolean;
  rules: string[];
}

/** The YAML of a mutation: its base manifest with the one mistake made. */
export function mutationText(mutation: Mutation): string {
  const object = BASES[mutation.base]!();
  mutation.mutate(object);
  return stringify(object);
}

/** Findings (errors) of each base manifest: must be none. */
export async function baseErrors(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, make] of Object.entries(BASES)) {
    const { findings } = await validateFileText(`${name}.yaml`, stringify(make()));
    out[name] = findings.filter((f) => f.severity === 'error').map((f) => f.rule);
  }
  return out;
}

export async function runMutations(): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (const mutation of MUTATIONS) {
    const { findings } = await validateFileText(`${mutation.id}.yaml`, mutationText(mutation));
    const errors = findings.filter((finding) => finding.severity === 'error');
    results.push({
      mutation,
      detected: errors.length > 0,
      rules: [...new Set(errors.map((finding) => finding.rule))],
    });
  }
  return results;
}
