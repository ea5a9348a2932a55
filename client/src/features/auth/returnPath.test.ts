import { describe, expect, it } from "vitest";

import { defaultSignedInPath, readReturnPath } from "./returnPath";

describe("readReturnPath", () => {
  it("returns the remembered in-app path with its query and hash", () => {
    expect(readReturnPath({ returnTo: "/settings/profile?tab=1#name" })).toBe(
      "/settings/profile?tab=1#name",
    );
  });

  it.each([
    ["no state", null],
    ["a state without returnTo", { other: "/x" }],
    ["a non-string returnTo", { returnTo: 42 }],
    ["a relative path", { returnTo: "settings" }],
    ["a protocol-relative URL that leaves the site", { returnTo: "//evil.example/x" }],
    ["a backslash URL that browsers treat as another host", { returnTo: "/\\evil.example" }],
    ["an absolute URL", { returnTo: "https://evil.example/" }],
    ["the sign-in page itself", { returnTo: "/sign-in" }],
    ["the verification step", { returnTo: "/sign-in/verify" }],
    ["the forced MFA set-up", { returnTo: "/setup-mfa" }],
  ])("falls back to the default page for %s", (_description, state) => {
    expect(readReturnPath(state)).toBe(defaultSignedInPath);
  });
});
