// The roles the comparison picker compares, read from the page's address.

/** The most roles the picker compares at once. */
export const maxComparedRoles = 3;

/** The roles a picker asked for, read from `?roles=a,b,c` or repeated `?role=` parameters: known, distinct, at most three. */
export function pickedRoles(params: URLSearchParams, known: ReadonlySet<string>): { roles: string[]; unknown: string[] } {
  const asked = [...params.getAll("roles").flatMap((value) => value.split(",")), ...params.getAll("role")].map((slug) => slug.trim()).filter(Boolean);
  const roles = distinct(asked.filter((slug) => known.has(slug))).slice(0, maxComparedRoles);
  return { roles, unknown: distinct(asked.filter((slug) => !known.has(slug))) };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
