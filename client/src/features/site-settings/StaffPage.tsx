import { Alert, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue, useDocumentTitle } from "@mantine/hooks";
import { useState } from "react";

import { toOperationFailure } from "../../lib/operationFailure";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { AdminOnlyNotice } from "./AdminOnlyNotice";
import { AdoptionSummary } from "./AdoptionSummary";
import { isForbidden } from "./describeAdminFailure";
import { PagingControls } from "./PagingControls";
import { ResetMfaDialog } from "./ResetMfaDialog";
import { StaffCsvButton } from "./StaffCsvButton";
import { everyone, toStaffFilter, type StaffListFilter } from "./staffFilter";
import { StaffFilters } from "./StaffFilters";
import { StaffTable, type ResetCandidate } from "./StaffTable";
import { useCompanySettings } from "./useCompanySettings";
import { staffPageSize, useStaffList } from "./useStaffList";

/** Long enough to skip the requests for half-typed words, short enough to feel immediate. */
export const searchDebounceInMilliseconds = 300;

/** Site Settings > Company > Staff: who uses MFA, with search, filters, export and resets. */
export function StaffPage() {
  useDocumentTitle("Staff · Company · Site Settings · 3 Clicks Cloud");
  const [filter, setFilter] = useState<StaffListFilter>(everyone);
  const [debouncedSearch] = useDebouncedValue(filter.search, searchDebounceInMilliseconds);
  const staffFilter = toStaffFilter({ ...filter, search: debouncedSearch });
  const { staff, error, isLoading, refetch, paging } = useStaffList(staffFilter);
  const { settings } = useCompanySettings();
  const [resetCandidate, setResetCandidate] = useState<ResetCandidate | null>(null);
  const [resetNotice, setResetNotice] = useState<string | null>(null);

  if (error && isForbidden(toOperationFailure(error))) return <AdminOnlyNotice />;
  if (error && !staff) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;

  function handleReset(member: ResetCandidate) {
    setResetCandidate(null);
    setResetNotice(
      `MFA was reset for ${member.name}. They have been signed out everywhere and will set ` +
        "MFA up again at their next sign-in if your company requires it.",
    );
  }

  return (
    <Modal.Stack>
      <Stack gap="lg">
        {settings && (
          <AdoptionSummary
            staffCount={settings.staffCount}
            mfaEnabledCount={settings.mfaEnabledCount}
          />
        )}
        <div aria-live="polite">
          {resetNotice && (
            <Alert
              color="green"
              variant="light"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setResetNotice(null)}
            >
              {resetNotice}
            </Alert>
          )}
        </div>
        <Paper withBorder radius="md" p="lg" component="section" aria-label="Staff">
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
              <StaffFilters filter={filter} onChange={setFilter} />
              <StaffCsvButton filter={staffFilter} />
            </Group>
            {staff ? (
              <>
                <StaffTable
                  members={staff.edges.map(({ node }) => node)}
                  onResetMfa={(member) => {
                    setResetNotice(null);
                    setResetCandidate(member);
                  }}
                />
                <PagingControls
                  pageIndex={paging.pageIndex}
                  pageSize={staffPageSize}
                  shownCount={staff.edges.length}
                  totalCount={staff.totalCount}
                  hasPreviousPage={paging.hasPreviousPage}
                  hasNextPage={staff.pageInfo.hasNextPage}
                  isLoading={isLoading}
                  onPreviousPage={paging.goToPreviousPage}
                  onNextPage={() => {
                    const { endCursor } = staff.pageInfo;
                    if (endCursor) paging.goToNextPage(endCursor);
                  }}
                />
              </>
            ) : (
              <PageLoader />
            )}
            {error && (
              <Text size="sm" c="red.9" role="alert">
                The list could not be updated. Check your connection and try again.
              </Text>
            )}
          </Stack>
        </Paper>
      </Stack>
      <ResetMfaDialog
        member={resetCandidate}
        onClose={() => setResetCandidate(null)}
        onReset={handleReset}
      />
    </Modal.Stack>
  );
}
