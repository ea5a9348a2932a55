import { useApolloClient } from "@apollo/client/react";
import { pageSizeMax } from "@app/shared";
import { useState } from "react";

import { graphql } from "../../gql";
import type { StaffFilter } from "../../gql/graphql";
import { settle, type ActionResult } from "../../lib/actionResult";
import { downloadCsvFile } from "./downloadCsvFile";
import { buildStaffCsv, type StaffCsvRow } from "./staffCsv";

const StaffExportQuery = graphql(`
  query StaffExport($first: Int!, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          email
          role
          mfaEnabled
          mfaEnabledAt
          lastSignInAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const staffCsvFileName = "staff-mfa.csv";

export interface ExportProgress {
  exportedCount: number;
  totalCount: number | null;
}

/** Pages through everyone matching the filter, at the API's largest page size, into one CSV. */
export function useStaffCsvExport() {
  const client = useApolloClient();
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  async function fetchPage(filter: StaffFilter, after: string | null) {
    const { data } = await client.query({
      query: StaffExportQuery,
      variables: { first: pageSizeMax, after, filter },
      // Each page is read once; keeping them would only grow the cache.
      fetchPolicy: "no-cache",
    });
    if (!data) throw new Error("The API answered the export without data.");
    return data.staff;
  }

  async function fetchAllRows(filter: StaffFilter): Promise<StaffCsvRow[]> {
    const rows: StaffCsvRow[] = [];
    let after: string | null = null;

    do {
      const page = await fetchPage(filter, after);
      rows.push(...page.edges.map(({ node }) => node));
      setProgress({ exportedCount: rows.length, totalCount: page.totalCount });
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after !== null);

    return rows;
  }

  async function exportCsv(filter: StaffFilter): Promise<ActionResult<number>> {
    setProgress({ exportedCount: 0, totalCount: null });
    const result = await settle(() => fetchAllRows(filter));
    setProgress(null);
    if (result.kind !== "succeeded") return result;

    downloadCsvFile(staffCsvFileName, buildStaffCsv(result.value));
    return { kind: "succeeded", value: result.value.length };
  }

  return { exportCsv, progress, isExporting: progress !== null };
}
