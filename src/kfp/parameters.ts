import type { ParameterMap, ParameterValue } from '../config/types.js';
import type { ParameterType, PipelineInput } from './spec.js';

export interface ParameterProblem {
  /** The parameter name the problem is about (for placing it in mlops.yaml). */
  readonly name: string;
  /** true: the value is at fault (point at it); false: the name or its absence is. */
  readonly atValue: boolean;
  readonly message: string;
}

const TYPE_WORDS: Record<ParameterType, string> = {
  STRING: 'a string',
  NUMBER_INTEGER: 'an integer',
  NUMBER_DOUBLE: 'a number',
  BOOLEAN: 'true or false',
  LIST: 'a list',
  STRUCT: 'a mapping',
  TASK_FINAL_STATUS: 'set by the pipeline itself',
};

function fits(type: ParameterType, v: ParameterValue): boolean {
  switch (type) {
    case 'STRING':
      return typeof v === 'string';
    case 'NUMBER_INTEGER':
      return typeof v === 'number' && Number.isInteger(v);
    case 'NUMBER_DOUBLE':
      return typeof v === 'number' && Number.isFinite(v);
    case 'BOOLEAN':
      return typeof v === 'boolean';
    case 'LIST':
      return Array.isArray(v);
    case 'STRUCT':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'TASK_FINAL_STATUS':
      return false;
  }
}

function shown(v: ParameterValue): string {
  const json = JSON.stringify(v);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

/**
 * Checks declared parameter values against a compiled spec's inputs, as Vertex AI would when a run
 * is submitted: unknown names, values of the wrong type, required inputs left without a value.
 */
export function checkParameters(
  values: ParameterMap,
  inputs: readonly PipelineInput[],
): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const byName = new Map(inputs.map((i) => [i.name, i]));
  for (const [name, value] of Object.entries(values)) {
    const input = byName.get(name);
    if (!input) {
      const known = inputs.map((i) => i.name);
      problems.push({
        name,
        atValue: false,
        message: `parameter "${name}" is not an input of the pipeline; its inputs: ${known.length ? known.join(', ') : '(none)'}`,
      });
    } else if (value === null) {
      if (!input.optional)
        problems.push({
          name,
          atValue: true,
          message: `parameter "${name}" is required and cannot be null`,
        });
    } else if (!fits(input.type, value)) {
      problems.push({
        name,
        atValue: true,
        message: `parameter "${name}" must be ${TYPE_WORDS[input.type]} (${input.type}), got ${shown(value)}`,
      });
    }
  }
  for (const input of inputs) {
    if (!input.optional && !(input.name in values)) {
      problems.push({
        name: input.name,
        atValue: false,
        message: `required input "${input.name}" (${input.type}) has no value and no default in the pipeline`,
      });
    }
  }
  return problems;
}
