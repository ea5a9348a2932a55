import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CompanyEntity } from "../companies/company.entity.js";
import { openDatabase } from "./data-source.js";

let dataDir: string;
let dataSource: DataSource;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "pglite-process-"));
  dataSource = await openDatabase({ driver: "pglite", dataDir });
});

afterAll(async () => {
  if (dataSource.isInitialized) await dataSource.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded database in its own process", () => {
  it("brings dates, bytes and booleans back as the in-process driver does", async () => {
    const [row] = await dataSource.query(
      `SELECT $1::timestamptz AS at, '\\x0a0b'::bytea AS bytes, $2::boolean AS flag`,
      [new Date("2026-01-02T03:04:05Z"), true],
    );

    expect(row.at).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(Buffer.from(row.bytes).equals(Buffer.from([10, 11]))).toBe(true);
    expect(row.flag).toBe(true);
  });

  it("passes PostgreSQL's error code through, so callers can branch on it", async () => {
    await expect(dataSource.query("SELECT * FROM no_such_table")).rejects.toMatchObject({
      code: "42P01",
    });
  });

  it("rolls back a failed transaction and keeps a committed one", async () => {
    await dataSource.transaction((manager) => manager.insert(CompanyEntity, { name: "Kept" }));
    const failed = dataSource.transaction(async (manager) => {
      await manager.insert(CompanyEntity, { name: "Dropped" });
      throw new Error("undo");
    });

    await expect(failed).rejects.toThrow("undo");
    const names = (await dataSource.manager.find(CompanyEntity)).map((company) => company.name);
    expect(names).toContain("Kept");
    expect(names).not.toContain("Dropped");
  });

  it("keeps the data on disk for the next process to open", async () => {
    await dataSource.destroy();
    dataSource = await openDatabase({ driver: "pglite", dataDir });

    const names = (await dataSource.manager.find(CompanyEntity)).map((company) => company.name);
    expect(names).toContain("Kept");
  });
});
