// Checks that front-matter fields appear in the order the schema lists them, at every level.
import { isMap, isPair, isScalar, type YAMLMap } from "yaml";
import { collections } from "../schema/index.ts";
import { fieldPath } from "../content/problems.ts";
import type { RawEntry } from "../content/load.ts";
import type { CheckInput } from "./documents.ts";
import { problemOf, type CheckProblem } from "./rules.ts";

/** Reports each field that stands out of the schema's order (by default its collection's), saying where it belongs. */
export function checkKeyOrder(input: CheckInput, schemaOf: (raw: RawEntry) => unknown = (raw) => collections[raw.collection].schema): CheckProblem[] {
  return input.documents.flatMap(({ raw }) => {
    if (raw.frontMatter.errors.length > 0 || !isMap(raw.frontMatter.contents)) return [];
    return checkMap(raw, raw.frontMatter.contents, schemaOf(raw), []);
  });
}

/** The field names of an object schema in declaration order, looking through optional and default wrappers. */
export function schemaKeys(schema: unknown): string[] | undefined {
  const shape = objectShape(schema);
  return shape ? Object.keys(shape) : undefined;
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  let current = schema;
  while (current && typeof current === "object" && !("shape" in current) && "unwrap" in current) {
    current = (current as { unwrap: () => unknown }).unwrap();
  }
  return (current as { shape?: Record<string, unknown> } | undefined)?.shape;
}

function checkMap(raw: RawEntry, map: YAMLMap, schema: unknown, path: string[]): CheckProblem[] {
  const shape = objectShape(schema);
  if (!shape) return [];
  const order = Object.keys(shape);
  const present = map.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== "string") return [];
    const index = order.indexOf(pair.key.value);
    return index < 0 ? [] : [{ key: pair.key.value, index, offset: pair.key.range?.[0] ?? 0, value: pair.value }];
  });
  const problems: CheckProblem[] = [];
  const inPlace = longestIncreasingRun(present.map((field) => field.index));
  present.forEach((field, position) => {
    if (!inPlace.has(position)) {
      const after = [...present].filter((other) => other.index < field.index).sort((a, b) => b.index - a.index)[0];
      const before = [...present].filter((other) => other.index > field.index).sort((a, b) => a.index - b.index)[0];
      const place = after ? `after "${after.key}"` : before ? `before "${before.key}"` : "first";
      problems.push(
        problemOf("key-order", {
          file: raw.file,
          line: raw.frontMatterLine - 1 + raw.lineCounter.linePos(field.offset).line,
          field: fieldPath([...path, field.key]),
          message: `"${field.key}" is out of order: it belongs ${place}`,
          suggestion: `move it; ${path.length === 0 ? "fields" : `fields under ${fieldPath(path)}`} go in this order: ${order.join(", ")}`,
        }),
      );
    }
    if (isMap(field.value)) problems.push(...checkMap(raw, field.value, shape[field.key], [...path, field.key]));
  });
  return problems;
}

/** The positions of a longest strictly increasing subsequence: the fields to keep, so the fewest need moving. */
function longestIncreasingRun(values: number[]): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if ((values[j] ?? 0) < value && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  });
  let end = length.reduce((best, value, i) => (value > (length[best] ?? 0) ? i : best), 0);
  const kept = new Set<number>();
  while (end >= 0 && values.length > 0) {
    kept.add(end);
    end = previous[end] ?? -1;
  }
  return kept;
}
