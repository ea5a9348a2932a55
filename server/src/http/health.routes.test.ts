import http from "node:http";
import type { AddressInfo } from "node:net";

import express from "express";
import type { DataSource } from "typeorm";
import { afterEach, describe, expect, it } from "vitest";

import { createHealthRoutes } from "./health.routes.js";

let server: http.Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(dataSource: Pick<DataSource, "isInitialized" | "query">): Promise<string> {
  const app = express();
  app.use(createHealthRoutes(dataSource as DataSource));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("readiness", () => {
  it("answers 503 while the database refuses queries", async () => {
    const url = await serve({
      isInitialized: true,
      query: () => Promise.reject(new Error("connection refused")),
    });

    const ready = await fetch(`${url}/readyz`);
    const live = await fetch(`${url}/healthz`);

    expect(ready.status).toBe(503);
    expect(live.status).toBe(200);
  });

  it("answers 503 before the database is connected", async () => {
    const query = (() => Promise.resolve([])) as DataSource["query"];
    const url = await serve({ isInitialized: false, query });

    expect((await fetch(`${url}/readyz`)).status).toBe(503);
  });
});
