import type { z } from 'zod';
import { nearest } from '../suggest.ts';
import type { ContentIssue } from './issues.ts';
import { lineOf, type YamlSource } from './read.ts';

type ZodIssue = z.core.$ZodIssue;

/** Turns Zod issues into editor messages with the field path, its line and a hint. */
export function zodIssues(
  list: readonly ZodIssue[],
  file: string,
  yaml: YamlSource,
  schema: z.ZodType,
): ContentIssue[] {
  return list.flatMap((issue): ContentIssue[] => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        return {
          file,
          line: lineOf(yaml, path, key),
          field: fieldName([...path, key]),
          message:
            `unknown field "${key}".` +
            (guess ? ` Did you mean "${guess}"?` : '') +
            ` Allowed here: ${known.join(', ')}.`,
        };
      });
    }
    return [{ file, line: lineOf(yaml, path), field: fieldName(path) || undefined, message: describe(issue) }];
  });
}

// Zod's own messages start like this; ours (from the schema) are already phrased for editors.
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

function describe(issue: ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'this field is required';
      return `expected ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}, got ${JSON.stringify(input)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined) return `this field is required; use one of: ${values.join(', ')}`;
      const guess = nearest(String(input), values);
      return `"${String(input)}" is not allowed.${guess ? ` Did you mean "${guess}"?` : ''} Use one of: ${values.join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'number') return `${String(input)} is too small; the minimum is ${String(issue.minimum)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number') return `${String(input)} is too large; the maximum is ${String(issue.maximum)}`;
      return issue.message;
    case 'invalid_key': {
      // A record's key failed its own schema, whose message is phrased for editors.
      const inner = issue.issues[0];
      return inner && !ZOD_DEFAULT_MESSAGE.test(inner.message) ? inner.message : issue.message;
    }
    case 'invalid_format':
      return `${JSON.stringify(input)} is not a valid ${issue.format === 'email' ? 'email address' : issue.format}`;
    default:
      return issue.message;
  }
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'an object with named fields (see README.md for its fields)',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** `donors[0]`, `budget.currency`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
}

function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let node: unknown = schema;
  for (const part of path) {
    node = unwrap(node);
    const def = (node as { def?: { shape?: Record<string, unknown>; element?: unknown } }).def;
    node = typeof part === 'number' ? def?.element : def?.shape?.[part];
  }
  const shape = (unwrap(node) as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let current = node as
    | { def?: { innerType?: unknown; out?: unknown; in?: unknown; type?: string; element?: unknown } }
    | undefined;
  for (let i = 0; i < 10 && current?.def; i++) {
    const def = current.def;
    const next =
      def.innerType ??
      (def.type === 'pipe'
        ? def.out && (def.out as { def?: { type?: string } }).def?.type !== 'transform'
          ? def.out
          : def.in
        : undefined);
    if (!next) break;
    current = next as typeof current;
  }
  return current;
}
