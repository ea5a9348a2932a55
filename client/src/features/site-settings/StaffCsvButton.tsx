import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";

import type { StaffFilter } from "../../gql/graphql";
import { describeAdminFailure } from "./describeAdminFailure";
import { useStaffCsvExport, type ExportProgress } from "./useStaffCsvExport";

function describeProgress({ exportedCount, totalCount }: ExportProgress): string {
  return totalCount === null ? "Exporting…" : `Exporting ${exportedCount} of ${totalCount}…`;
}

/** Downloads everyone matching the current filter, not just the page on screen. */
export function StaffCsvButton({ filter }: { filter: StaffFilter }) {
  const { exportCsv, progress, isExporting } = useStaffCsvExport();
  const [failureMessage, setFailureMessage] = useState<string | null>(null);

  async function handleClick() {
    setFailureMessage(null);
    const result = await exportCsv(filter);
    if (result.kind === "failed") setFailureMessage(describeAdminFailure(result.failure));
  }

  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" loading={isExporting} onClick={() => void handleClick()}>
        Export CSV
      </Button>
      <Text size="xs" c={failureMessage ? "red.9" : "dimmed"} aria-live="polite" mih={16}>
        {failureMessage ?? (progress ? describeProgress(progress) : "")}
      </Text>
    </Stack>
  );
}
