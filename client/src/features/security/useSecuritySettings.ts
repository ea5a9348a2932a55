import { useApolloClient, useQuery } from "@apollo/client/react";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { SecuritySettingsFragment } from "./securitySettingsFragment";

export const SecurityPageQuery = graphql(`
  query SecurityPage {
    securitySettings {
      ...SecuritySettings_all
    }
  }
`);

export type SecuritySettingsRef = FragmentType<typeof SecuritySettingsFragment>;

export function useSecuritySettings() {
  const { data, error, loading: isLoading, refetch } = useQuery(SecurityPageQuery);
  const settings = data ? getFragmentData(SecuritySettingsFragment, data.securitySettings) : null;

  return { settings, error, isLoading, refetch };
}

/**
 * SecuritySettings has no id, so Apollo cannot match a mutation's answer to the cached query by
 * itself; each change writes the new settings over the page's query instead.
 */
export function useStoreSecuritySettings(): (settings: SecuritySettingsRef) => void {
  const client = useApolloClient();

  return (settings) => {
    client.writeQuery({ query: SecurityPageQuery, data: { securitySettings: settings } });
  };
}
