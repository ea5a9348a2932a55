import { useApolloClient, useQuery } from "@apollo/client/react";

import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const CompanySettingsFragment = graphql(`
  fragment CompanySettings_all on CompanySettings {
    company {
      id
      name
    }
    mfaPolicy {
      required
      allowSelfServiceDisable
      gracePeriodDays
    }
    staffCount
    mfaEnabledCount
  }
`);

export const CompanySettingsQuery = graphql(`
  query CompanySettings {
    companySettings {
      ...CompanySettings_all
    }
  }
`);

export type CompanySettingsRef = FragmentType<typeof CompanySettingsFragment>;

export function useCompanySettings() {
  const { data, error, loading: isLoading, refetch } = useQuery(CompanySettingsQuery);
  const settings = data ? getFragmentData(CompanySettingsFragment, data.companySettings) : null;

  return { settings, error, isLoading, refetch };
}

/**
 * CompanySettings has no id, so Apollo cannot match a mutation's answer to the cached query by
 * itself; a saved policy is written over the query instead.
 */
export function useStoreCompanySettings(): (settings: CompanySettingsRef) => void {
  const client = useApolloClient();

  return (settings) => {
    client.writeQuery({ query: CompanySettingsQuery, data: { companySettings: settings } });
  };
}
