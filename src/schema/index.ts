// The content schema: one entry per collection, the single source of truth for fields and types.
import type { z } from "zod";
import { RoleSchema } from "./role.ts";
import { SkillSchema } from "./skill.ts";
import { TechnologySchema } from "./technology.ts";

/** Every collection, its folder under the content directory and the schema its front matter must match. */
export const collections = {
  roles: { schema: RoleSchema, singular: "role" },
  skills: { schema: SkillSchema, singular: "skill" },
  technologies: { schema: TechnologySchema, singular: "technology" },
} as const;

/** The name of a collection, which is also its folder and URL prefix. */
export type CollectionName = keyof typeof collections;

/** The collection names in the order pages and errors list them. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The validated front matter of an entry in the named collection. */
export type FrontMatter<C extends CollectionName> = z.infer<(typeof collections)[C]["schema"]>;

export { RoleSchema, SkillSchema, TechnologySchema };
export type { RoleData } from "./role.ts";
export type { SkillData } from "./skill.ts";
export type { TechnologyData } from "./technology.ts";
export * from "./taxonomy.ts";
