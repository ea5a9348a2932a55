import { Group, MultiSelect, Paper, Stack, Text } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useState } from "react";

import type { SecurityEventFilter, SecurityEventType } from "../../gql/graphql";
import { toOperationFailure } from "../../lib/operationFailure";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { AdminOnlyNotice } from "../site-settings/AdminOnlyNotice";
import { isForbidden } from "../site-settings/describeAdminFailure";
import { PagingControls } from "../site-settings/PagingControls";
import { PersonPicker, type PickedPerson } from "./PersonPicker";
import { SecurityEventsTable } from "./SecurityEventsTable";
import { isSecurityEventType, securityEventTypeOptions } from "./securityEventTypes";
import { securityLogPageSize, useSecurityLog } from "./useSecurityLog";

function toSecurityEventFilter(
  types: readonly SecurityEventType[],
  person: PickedPerson | null,
): SecurityEventFilter {
  const filter: SecurityEventFilter = {};
  if (types.length > 0) filter.types = [...types];
  if (person) filter.userId = person.id;
  return filter;
}

/** Site Settings > Company > Security log: the company's security events, newest first. */
export function SecurityLogPage() {
  useDocumentTitle("Security log · Company · Site Settings · 3 Clicks Cloud");
  const [types, setTypes] = useState<SecurityEventType[]>([]);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const { events, error, isLoading, refetch, paging } = useSecurityLog(
    toSecurityEventFilter(types, person),
  );

  if (error && isForbidden(toOperationFailure(error))) return <AdminOnlyNotice />;
  if (error && !events) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Security log">
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={680}>
          Sign-ins, MFA changes and administrators&apos; actions for everyone in your company,
          newest first. Filter by kind of event or by the person who acted or was affected.
        </Text>
        <Group align="flex-start" gap="md" wrap="wrap">
          <MultiSelect
            label="Event types"
            placeholder={types.length === 0 ? "All events" : undefined}
            data={securityEventTypeOptions}
            value={types}
            onChange={(values) => setTypes(values.filter(isSecurityEventType))}
            clearable
            searchable
            w={{ base: "100%", sm: 380 }}
          />
          <PersonPicker person={person} onChange={setPerson} />
        </Group>
        {events ? (
          <>
            <SecurityEventsTable events={events.edges.map(({ node }) => node)} />
            <PagingControls
              pageIndex={paging.pageIndex}
              pageSize={securityLogPageSize}
              shownCount={events.edges.length}
              totalCount={events.totalCount}
              hasPreviousPage={paging.hasPreviousPage}
              hasNextPage={events.pageInfo.hasNextPage}
              isLoading={isLoading}
              onPreviousPage={paging.goToPreviousPage}
              onNextPage={() => {
                const { endCursor } = events.pageInfo;
                if (endCursor) paging.goToNextPage(endCursor);
              }}
            />
          </>
        ) : (
          <PageLoader />
        )}
      </Stack>
    </Paper>
  );
}
