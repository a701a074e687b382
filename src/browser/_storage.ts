// Reads and writes localStorage without failing where storage is blocked (private modes, strict privacy settings).

/** The stored text under `key`, or null when there is none or storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores text under `key` (or removes the key for null); false when storage is unavailable or full. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
