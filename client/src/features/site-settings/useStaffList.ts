import { useQuery } from "@apollo/client/react";

import { graphql } from "../../gql";
import type { StaffFilter } from "../../gql/graphql";
import { useCursorPaging } from "./useCursorPaging";

export const StaffPageQuery = graphql(`
  query StaffPage($first: Int!, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          ...StaffTable_member
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const staffPageSize = 25;

/** One page of staff for the filter, keeping the last page on screen while the next loads. */
export function useStaffList(filter: StaffFilter) {
  const paging = useCursorPaging(JSON.stringify(filter));
  const {
    data,
    previousData,
    error,
    loading: isLoading,
    refetch,
  } = useQuery(StaffPageQuery, {
    variables: { first: staffPageSize, after: paging.after, filter },
  });
  const staff = (data ?? previousData)?.staff ?? null;

  return { staff, error, isLoading, refetch, paging };
}
