import { useQuery } from "@apollo/client/react";
import { useState } from "react";

import { graphql } from "../../gql";
import type { RecentNotificationsQuery as RecentNotificationsData } from "../../gql/graphql";
import { settle, type ActionResult } from "../../lib/actionResult";

export const RecentNotificationsQuery = graphql(`
  query RecentNotifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          subject
          createdAt
          deliveryState
          attemptCount
          sentAt
          nextAttemptAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type RecentNotification = RecentNotificationsData["notifications"]["edges"][number]["node"];

export const notificationsPageSize = 20;

type Connection = RecentNotificationsData["notifications"];

/** Appends the next page, skipping any notice already shown if new ones shifted the pages. */
function appendPage(shown: Connection, next: Connection): Connection {
  const shownIds = new Set(shown.edges.map(({ node }) => node.id));
  const newEdges = next.edges.filter(({ node }) => !shownIds.has(node.id));

  return { ...next, edges: [...shown.edges, ...newEdges] };
}

/** The newest notices first; Load more adds the next page below the ones already shown. */
export function useRecentNotifications() {
  const { data, error, refetch, fetchMore } = useQuery(RecentNotificationsQuery, {
    variables: { first: notificationsPageSize },
    // Notices arrive while the page is closed; a cached list would hide the newest ones.
    fetchPolicy: "cache-and-network",
  });
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const notifications = data?.notifications ?? null;

  async function loadMore(): Promise<ActionResult<void>> {
    const endCursor = notifications?.pageInfo.endCursor;
    if (!endCursor || isLoadingMore) return { kind: "succeeded", value: undefined };

    setIsLoadingMore(true);
    const result = await settle(() =>
      fetchMore({
        variables: { after: endCursor },
        updateQuery: (shown, { fetchMoreResult }) => ({
          ...shown,
          notifications: appendPage(shown.notifications, fetchMoreResult.notifications),
        }),
      }),
    );
    setIsLoadingMore(false);

    return result.kind === "succeeded" ? { kind: "succeeded", value: undefined } : result;
  }

  return { notifications, error, isLoadingMore, refetch, loadMore };
}
