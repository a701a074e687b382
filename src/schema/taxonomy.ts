// The fixed vocabularies that content chooses from, each value with the label readers see.

/** Skill categories, in the order the skills index lists them. */
export const skillCategories = {
  "languages-and-fundamentals": "Languages and fundamentals",
  "web-platform": "Web platform",
  mobile: "Mobile",
  "data-and-databases": "Data and databases",
  "machine-learning": "Machine learning",
  "architecture-and-apis": "Architecture and APIs",
  "infrastructure-and-operations": "Infrastructure and operations",
  security: "Security",
  "quality-and-testing": "Quality and testing",
  "collaboration-and-process": "Collaboration and process",
  "soft-skills": "Soft skills",
} as const;

/** Technology kinds, in the order the technologies index lists them. */
export const technologyKinds = {
  language: "Languages",
  runtime: "Runtimes",
  framework: "Frameworks",
  library: "Libraries",
  database: "Databases",
  tool: "Tools",
  platform: "Platforms",
  service: "Services",
  standard: "Standards and specifications",
} as const;

/** How much a role needs a skill, from most to least. */
export const importanceLevels = {
  required: "Required",
  recommended: "Recommended",
  niceToHave: "Nice to have",
} as const;

/** A skill category value. */
export type SkillCategory = keyof typeof skillCategories;
/** A technology kind value. */
export type TechnologyKind = keyof typeof technologyKinds;
/** An importance level value. */
export type Importance = keyof typeof importanceLevels;

/** The importance levels in order, most important first. */
export const importanceOrder = Object.keys(importanceLevels) as Importance[];
