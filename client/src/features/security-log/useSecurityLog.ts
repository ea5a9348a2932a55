import { useQuery } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { SecurityEventFilter } from "../../gql/graphql";
import { useCursorPaging } from "../site-settings/useCursorPaging";

const SecurityLogPageQuery = graphql(`
  query SecurityLogPage($first: Int!, $after: String, $filter: SecurityEventFilter) {
    securityEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          ...SecurityEventsTable_event
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const securityLogPageSize = 25;

/** One page of the log for the filter, keeping the last page on screen while the next loads. */
export function useSecurityLog(filter: SecurityEventFilter) {
  const paging = useCursorPaging(JSON.stringify(filter));
  const {
    data,
    previousData,
    error,
    loading: isLoading,
    refetch,
  } = useQuery(SecurityLogPageQuery, {
    variables: { first: securityLogPageSize, after: paging.after, filter },
    // The log grows while the page is closed; a cached page would hide the newest events.
    fetchPolicy: "cache-and-network",
  });
  const events = (data ?? previousData)?.securityEvents ?? null;

  return { events, error, isLoading, refetch, paging };
}
