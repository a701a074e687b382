// The Content-Security-Policy and images from other sites: img-src names exactly the origins the settings allow.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentSecurityPolicy, contentSecurityPolicyFor, cspHeaderValue, cspMetaValue } from "../../src/deploy/csp.ts";

describe("image origins in the Content-Security-Policy", () => {
  it("allows images from the site itself only, when the settings allow no other origin", () => {
    assert.equal(contentSecurityPolicyFor(), contentSecurityPolicy);
    assert.equal(contentSecurityPolicyFor({ allowedImageOrigins: [] }), contentSecurityPolicy);
    assert.deepEqual(contentSecurityPolicy["img-src"], ["'self'", "data:"]);
  });

  it("names exactly the allowed origins in img-src, once each, and changes no other directive", () => {
    const policy = contentSecurityPolicyFor({
      allowedImageOrigins: ["https://images.example.org", "https://upload.wikimedia.org", "https://images.example.org"],
    });
    assert.deepEqual(policy["img-src"], ["'self'", "data:", "https://images.example.org", "https://upload.wikimedia.org"]);
    assert.deepEqual({ ...policy, "img-src": [] }, { ...contentSecurityPolicy, "img-src": [] });
    assert.match(cspHeaderValue(policy), /; img-src 'self' data: https:\/\/images\.example\.org https:\/\/upload\.wikimedia\.org;/);
    assert.match(cspMetaValue(policy), /img-src 'self' data: https:\/\/images\.example\.org https:\/\/upload\.wikimedia\.org;/);
  });
});
