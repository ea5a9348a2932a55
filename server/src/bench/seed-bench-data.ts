import { randomBytes } from "node:crypto";

import type { DataSource } from "typeorm";

import { generateOpaqueToken, hashOpaqueToken } from "../auth/opaque-token.js";
import { hashPassword } from "../auth/password-hasher.js";
import { encodeCursor } from "../graphql/pagination.js";
import { hashRecoveryCode } from "../mfa/recovery-code-hash.js";
import { generateRecoveryCodes, normalizeRecoveryCode } from "../mfa/recovery-codes.js";
import type { SecretBox } from "../mfa/secret-box.js";
import { generateTotpSecret } from "../mfa/totp.js";
import { benchPassword, givenNames, surnames } from "./bench-people.js";
import type { BenchOptions } from "./bench-options.js";

export interface MfaPerson {
  email: string;
  secret: Buffer;
}

/** A sign-in already past its password step, as `signIn` would have left it. */
export interface PendingChallenge {
  secret: Buffer;
  challengeToken: string;
}

export interface BenchFixture {
  password: string;
  /** Without MFA, for password sign-in load and the trivial authenticated mutation. */
  plainEmail: string;
  /** With MFA and ten recovery codes, for Settings > Security. */
  settingsPerson: MfaPerson;
  smallAdminEmail: string;
  largeAdminEmail: string;
  /** A surname to search for: as common in the large company as in the small one. */
  searchTerm: string;
  /** A browser every person of the bench company has signed in from before. */
  browserId: string;
  /** Where the large company's last page of people without MFA starts. */
  largeLastPageCursor: string;
  challengesByRound: PendingChallenge[][];
  totpPeople: MfaPerson[];
  recoveryCodes: { email: string; code: string }[];
}

// Ciphertext nobody can open: the staff list only needs these people to have an authenticator.
const placeholderSecret = "bench-placeholder";

export async function seedBenchData(
  dataSource: DataSource,
  secretBox: SecretBox,
  options: BenchOptions,
): Promise<BenchFixture> {
  const passwordHash = await hashPassword(benchPassword);
  const small = await createCompany(dataSource, "Bench Small");
  const large = await createCompany(dataSource, "Bench Large");
  const people = await createCompany(dataSource, "Bench People");

  await insertStaff(dataSource, small, "small", options.smallCompanyStaff - 1, passwordHash);
  await insertStaff(dataSource, large, "large", options.largeCompanyStaff - 1, passwordHash);
  await insertPerson(dataSource, small, "admin@small.bench.test", "ADMIN", passwordHash);
  await insertPerson(dataSource, large, "admin@large.bench.test", "ADMIN", passwordHash);
  await insertPerson(dataSource, people, "plain@people.bench.test", "MEMBER", passwordHash);

  const challengesByRound: PendingChallenge[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const prefix = `verify-${round}`;
    const group = await insertMfaPeople(
      dataSource,
      secretBox,
      people,
      prefix,
      options.verifyRequestsPerRound,
      passwordHash,
    );
    challengesByRound.push(await openChallenges(dataSource, group));
  }

  const totpCount = options.rounds * options.latencySamplesPerRound;
  const totpPeople = await insertMfaPeople(
    dataSource,
    secretBox,
    people,
    "totp",
    totpCount,
    passwordHash,
  );
  const recoveryPeople = await insertMfaPeople(
    dataSource,
    secretBox,
    people,
    "recovery",
    Math.ceil(totpCount / 10),
    passwordHash,
  );
  const recoveryCodes = await giveRecoveryCodes(dataSource, recoveryPeople);
  const [settingsPerson] = await insertMfaPeople(
    dataSource,
    secretBox,
    people,
    "settings",
    1,
    passwordHash,
  );
  if (!settingsPerson) throw new Error("The settings person was not created.");
  await giveRecoveryCodes(dataSource, [settingsPerson]);

  const browserId = generateOpaqueToken();
  await dataSource.query(
    `INSERT INTO known_browsers (user_id, browser_hash, first_seen_at, last_seen_at)
     SELECT id, $2, now(), now() FROM users WHERE company_id = $1`,
    [people, hashOpaqueToken(browserId)],
  );

  await dataSource.query("ANALYZE");
  const largeLastPageCursor = await lastPageCursor(dataSource, large, staffPageSize);
  return {
    password: benchPassword,
    browserId,
    plainEmail: "plain@people.bench.test",
    settingsPerson: { email: settingsPerson.email, secret: settingsPerson.secret },
    smallAdminEmail: "admin@small.bench.test",
    largeAdminEmail: "admin@large.bench.test",
    searchTerm: surnames[surnames.length - 7] ?? "",
    largeLastPageCursor,
    challengesByRound,
    totpPeople,
    recoveryCodes: recoveryCodes.slice(0, totpCount),
  };
}

export const staffPageSize = 50;

/** The cursor a person paging to the end would hold: the row just before the last page. */
async function lastPageCursor(
  dataSource: DataSource,
  companyId: string,
  pageSize: number,
): Promise<string> {
  const rows: { name: string; id: string }[] = await dataSource.query(
    `SELECT u.name, u.id FROM users u
       LEFT JOIN totp_authenticators t ON t.user_id = u.id
      WHERE u.company_id = $1 AND t.id IS NULL
      ORDER BY u.name DESC, u.id DESC
      OFFSET $2 LIMIT 1`,
    [companyId, pageSize],
  );
  const row = rows[0];
  if (!row) throw new Error("The large company has too few people for a last page.");
  return encodeCursor([row.name, row.id]);
}

async function createCompany(dataSource: DataSource, name: string): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(
    "INSERT INTO companies (name) VALUES ($1) RETURNING id",
    [name],
  );
  return rows[0]?.id ?? "";
}

async function insertPerson(
  dataSource: DataSource,
  companyId: string,
  email: string,
  role: string,
  passwordHash: string,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO users (company_id, email, name, role, password_hash)
     VALUES ($1, $2, $3, $4, $5)`,
    [companyId, email, `Bench ${role.toLowerCase()}`, role, passwordHash],
  );
}

/** One statement per company, so 100,000 people take seconds, not minutes. */
async function insertStaff(
  dataSource: DataSource,
  companyId: string,
  domain: string,
  count: number,
  passwordHash: string,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO users (company_id, email, name, password_hash)
     SELECT $1, 'staff-' || i || '@${domain}.bench.test',
            ($2::text[])[1 + i % cardinality($2::text[])] || ' ' ||
            ($3::text[])[1 + (i / cardinality($2::text[])) % cardinality($3::text[])],
            $4
       FROM generate_series(1, $5::int) AS i`,
    [companyId, givenNames, surnames, passwordHash, count],
  );

  // About three in ten have MFA, spread evenly through the alphabet.
  await dataSource.query(
    `INSERT INTO totp_authenticators (user_id, secret_ciphertext, enabled_at)
     SELECT id, $2, now() FROM users
      WHERE company_id = $1 AND email LIKE 'staff-%' AND abs(hashtext(id::text)) % 10 < 3`,
    [companyId, placeholderSecret],
  );
}

interface SeededMfaPerson extends MfaPerson {
  userId: string;
}

async function insertMfaPeople(
  dataSource: DataSource,
  secretBox: SecretBox,
  companyId: string,
  prefix: string,
  count: number,
  passwordHash: string,
): Promise<SeededMfaPerson[]> {
  const rows: { id: string; email: string }[] = await dataSource.query(
    `INSERT INTO users (company_id, email, name, password_hash)
     SELECT $1, '${prefix}-' || i || '@people.bench.test', 'Bench ${prefix} ' || i, $2
       FROM generate_series(1, $3::int) AS i
     RETURNING id, email`,
    [companyId, passwordHash, count],
  );
  const people = rows.map((row) => ({
    userId: row.id,
    email: row.email,
    secret: generateTotpSecret(),
  }));

  await dataSource.query(
    `INSERT INTO totp_authenticators (user_id, secret_ciphertext, enabled_at)
     SELECT * FROM unnest($1::uuid[], $2::text[]), now()`,
    [
      people.map((person) => person.userId),
      people.map((person) => secretBox.seal(person.secret, person.userId)),
    ],
  );
  return people;
}

async function openChallenges(
  dataSource: DataSource,
  people: SeededMfaPerson[],
): Promise<PendingChallenge[]> {
  const tokens = people.map(() => generateOpaqueToken());

  // Ten minutes, as signIn gives; the run measures verifyMfa first, well inside that.
  await dataSource.query(
    `INSERT INTO mfa_challenges (token_hash, user_id, created_at, expires_at)
     SELECT token_hash, user_id, now(), now() + interval '10 minutes'
       FROM unnest($1::bytea[], $2::uuid[]) AS t(token_hash, user_id)`,
    [tokens.map((token) => hashOpaqueToken(token)), people.map((person) => person.userId)],
  );
  return people.map((person, index) => ({
    secret: person.secret,
    challengeToken: tokens[index] ?? "",
  }));
}

/** Real argon2id hashes, so redeeming one costs what it costs in production. */
async function giveRecoveryCodes(
  dataSource: DataSource,
  people: SeededMfaPerson[],
): Promise<{ email: string; code: string }[]> {
  const given: { email: string; code: string }[] = [];

  for (const person of people) {
    const codes = generateRecoveryCodes();
    const hashes = await Promise.all(
      codes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code) ?? "")),
    );
    await dataSource.query(
      `INSERT INTO recovery_codes (user_id, lookup_key, code_hash, created_at)
       SELECT $1, lookup_key, code_hash, now()
         FROM unnest($2::bytea[], $3::text[]) AS t(lookup_key, code_hash)`,
      [person.userId, hashes.map((hash) => hash.lookupKey), hashes.map((hash) => hash.hash)],
    );
    given.push(...codes.map((code) => ({ email: person.email, code })));
  }
  return given;
}

/** A fresh key ring for the run: the server and the seed must seal and open with the same key. */
export function createBenchKeyRing(): string {
  return `bench:${randomBytes(32).toString("base64")}`;
}
