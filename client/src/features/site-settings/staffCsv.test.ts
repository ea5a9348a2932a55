import { describe, expect, it } from "vitest";

import { buildStaffCsv, toCsvField } from "./staffCsv";

describe("toCsvField", () => {
  it("leaves plain text alone", () => {
    expect(toCsvField("Bob Brown")).toBe("Bob Brown");
  });

  it("quotes a value with a comma", () => {
    expect(toCsvField("Brown, Bob")).toBe('"Brown, Bob"');
  });

  it("doubles quotes inside a quoted value", () => {
    expect(toCsvField('Bob "the builder" Brown')).toBe('"Bob ""the builder"" Brown"');
  });

  it("quotes values with line breaks", () => {
    expect(toCsvField("first\nsecond")).toBe('"first\nsecond"');
    expect(toCsvField("first\r\nsecond")).toBe('"first\r\nsecond"');
  });

  /** A name chosen by a user must not run as a spreadsheet formula on the admin's machine. */
  it("defuses values that a spreadsheet would run as a formula", () => {
    expect(toCsvField('=HYPERLINK("http://evil.test")')).toBe(
      '"\'=HYPERLINK(""http://evil.test"")"',
    );
    expect(toCsvField("+1 555")).toBe("'+1 555");
    expect(toCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });
});

describe("buildStaffCsv", () => {
  it("writes a header row, then one CRLF-terminated line per person", () => {
    const csv = buildStaffCsv([
      {
        name: "O'Neill, Ayesha",
        email: "staff017@acme.test",
        role: "MEMBER",
        mfaEnabled: true,
        mfaEnabledAt: "2026-01-05T09:30:00.000Z",
        lastSignInAt: null,
      },
      { name: "Ada Admin", email: "admin@acme.test", role: "ADMIN", mfaEnabled: false },
    ]);

    expect(csv).toBe(
      "Name,Email,Role,MFA,MFA enabled at,Last sign-in at\r\n" +
        '"O\'Neill, Ayesha",staff017@acme.test,Member,On,2026-01-05T09:30:00.000Z,\r\n' +
        "Ada Admin,admin@acme.test,Administrator,Off,,\r\n",
    );
  });

  it("writes only the header for an empty list", () => {
    expect(buildStaffCsv([])).toBe("Name,Email,Role,MFA,MFA enabled at,Last sign-in at\r\n");
  });
});
