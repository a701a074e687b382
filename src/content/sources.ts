// Attaches to each guide what its source file tells beyond its text: when it last changed and where to edit it.
import { editUrl, type RepositoryConfig } from "./repository.ts";
import { allGuides, type SiteModel } from "./model.ts";

/** Sets `lastUpdated` (the file's last commit, else the front-matter date) and, with a repository, `editUrl` on every guide. */
export function attachSourceInfo(model: SiteModel, committed: Map<string, string>, repository?: RepositoryConfig): void {
  for (const guide of allGuides(model)) {
    guide.lastUpdated = committed.get(guide.sourcePath) ?? guide.lastModified;
    if (repository) guide.editUrl = editUrl(repository, guide.sourcePath);
  }
  for (const translation of model.languages.flatMap((language) => language.translations)) {
    translation.lastUpdated = committed.get(translation.sourcePath) ?? translation.lastModified;
    if (repository) translation.editUrl = editUrl(repository, translation.sourcePath);
  }
}
