#!/usr/bin/env node
// Compliance report: everyone in the company who has not turned MFA on yet, as CSV.
//
//   API_URL=https://security.example.com API_TOKEN=3cc_pat_… node staff-without-mfa.mjs
//
// The token must belong to an administrator (only they can list staff). It needs Node 18+ and
// nothing else.

const apiUrl = process.env.API_URL ?? "http://localhost:4000";
const token = process.env.API_TOKEN;
if (!token) {
  process.stderr.write("Set API_TOKEN to a personal access token of an administrator.\n");
  process.exit(2);
}

const staffQuery = `
  query StaffWithoutMfa($after: String) {
    staff(first: 100, after: $after, filter: { mfaEnabled: false }) {
      totalCount
      edges { node { name email role lastSignInAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

async function fetchPage(after) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: staffQuery, variables: { after } }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const [error] = body.errors;
    throw new Error(`${error.extensions?.code ?? response.status}: ${error.message}`);
  }
  return body.data.staff;
}

function csvField(value) {
  const text = value ?? "";
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const rows = [];
let after = null;
let totalCount = 0;
do {
  const page = await fetchPage(after);
  totalCount = page.totalCount;
  rows.push(...page.edges.map(({ node }) => node));
  after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
} while (after);

process.stdout.write("name,email,role,last_sign_in_at\n");
for (const person of rows) {
  const fields = [person.name, person.email, person.role, person.lastSignInAt];
  process.stdout.write(`${fields.map(csvField).join(",")}\n`);
}
process.stderr.write(`${totalCount} people without MFA.\n`);
