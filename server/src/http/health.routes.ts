import { Router } from "express";
import type { DataSource } from "typeorm";

const readinessTimeoutInMilliseconds = 2000;

async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  if (!dataSource.isInitialized) return false;

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), readinessTimeoutInMilliseconds);
  });
  const probe = dataSource.query("SELECT 1").then(
    () => true,
    () => false,
  );

  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness says the process runs; readiness says it can do useful work right now. */
export function createHealthRoutes(dataSource: DataSource): Router {
  const router = Router();

  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  router.get("/readyz", async (_req, res) => {
    const isReady = await databaseAnswers(dataSource);
    res.status(isReady ? 200 : 503).json({ status: isReady ? "ready" : "database unavailable" });
  });

  return router;
}
