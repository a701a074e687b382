// The site's Content-Security-Policy: one list of directives, sent as a header (_headers) and as a <meta> in every page.

/** Every directive the site runs under, with its sources; pages, scripts, Pagefind and the service worker obey it. */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  // Pagefind compiles its WebAssembly search engine in the page.
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  // Pagefind fetches its index, fragments and WebAssembly; the service worker fetches pages to store them.
  "connect-src": ["'self'"],
  // Pagefind may start its search in a worker built from a blob: URL.
  "worker-src": ["'self'", "blob:"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/** What the site settings add to the policy. */
export interface PolicySettings {
  /** Origins guides may show images from (site.yaml's images.allowedOrigins), like https://images.example.org. */
  allowedImageOrigins?: readonly string[];
}

/** The site's policy with the image origins its settings allow, each named exactly, in the order given, once. */
export function contentSecurityPolicyFor(settings: PolicySettings = {}): Readonly<Record<string, readonly string[]>> {
  const origins = [...new Set((settings.allowedImageOrigins ?? []).map((origin) => new URL(origin).origin))];
  if (origins.length === 0) return contentSecurityPolicy;
  return { ...contentSecurityPolicy, "img-src": [...(contentSecurityPolicy["img-src"] ?? []), ...origins] };
}

/**
 * Directives a <meta> element cannot deliver; browsers ignore them there and log an error.
 * https://www.w3.org/TR/CSP3/#meta-element
 */
const headerOnlyDirectives = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/** The policy as the Content-Security-Policy response header sends it. */
export function cspHeaderValue(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without the directives only a header can carry. */
export function cspMetaValue(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return cspHeaderValue(Object.fromEntries(Object.entries(policy).filter(([directive]) => !headerOnlyDirectives.has(directive))));
}
