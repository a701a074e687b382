// Loaded on pages opened from disk only (see _later-scripts.ts): explains next to each search form that search needs
// the local server. The theme, the "/" shortcut and offline support come with the script in every page's head.
import { explainSearchOnDisk } from "../offline/browser/_file-notice.ts";

explainSearchOnDisk();
