import { useApolloClient, useQuery } from "@apollo/client/react";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { NotificationSettingsFragment } from "./notificationSettingsFragment";

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettings_all
    }
  }
`);

export type NotificationSettingsRef = FragmentType<typeof NotificationSettingsFragment>;

export function useNotificationSettings() {
  const { data, error, loading: isLoading, refetch } = useQuery(NotificationSettingsQuery);
  const settings = data
    ? getFragmentData(NotificationSettingsFragment, data.notificationSettings)
    : null;

  return { settings, error, isLoading, refetch };
}

/**
 * NotificationSettings has no id, so Apollo cannot match a mutation's answer to the cached query
 * by itself; a saved change is written over the page's query instead.
 */
export function useStoreNotificationSettings(): (settings: NotificationSettingsRef) => void {
  const client = useApolloClient();

  return (settings) => {
    client.writeQuery({
      query: NotificationSettingsQuery,
      data: { notificationSettings: settings },
    });
  };
}
