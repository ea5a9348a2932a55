import type { AppConfig } from "../config/config.js";
import { demoPassword, namedDemoCompanies } from "./demo-people.js";

/** Written straight to stdout: it is for the person who ran the command, not for log storage. */
export function printStartupBanner(config: AppConfig, apiPort: number): void {
  const lines = [
    "",
    "  3 Clicks Cloud security is running.",
    `  Open   http://localhost:${config.clientPort}`,
    `  API    http://localhost:${apiPort}/graphql`,
    `  Data   ${config.database.driver === "pglite" ? `embedded PostgreSQL in ${config.database.dataDir}` : "PostgreSQL from DATABASE_URL"}`,
  ];

  if (config.seedDemoData) {
    lines.push("", `  Demo sign-ins (password for all: ${demoPassword}):`);
    for (const company of namedDemoCompanies) {
      const policy = company.mfaRequired ? "MFA required" : "MFA optional";
      const emails = company.people.map((person) => person.email).join(", ");
      lines.push(`    ${company.name} (${policy}): ${emails}`);
    }
    lines.push("    plus generated Acme staff staff001@acme.test to staff072@acme.test");
  }

  process.stdout.write(`${lines.join("\n")}\n\n`);
}
