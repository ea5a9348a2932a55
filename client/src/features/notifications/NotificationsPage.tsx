import { Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";

import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { NoticePreferences } from "./NoticePreferences";
import { NotificationsIntro } from "./NotificationsIntro";
import { RecentNotifications } from "./RecentNotifications";
import { useNotificationSettings } from "./useNotificationSettings";

/** Settings > Notifications: where security notices go, which ones are sent, and the latest. */
export function NotificationsPage() {
  useDocumentTitle("Notifications · Settings · 3 Clicks Cloud");
  const { settings, error, isLoading, refetch } = useNotificationSettings();

  if (settings === null) {
    if (isLoading) return <PageLoader />;
    return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  }

  return (
    <Stack gap="lg">
      <NotificationsIntro
        email={settings.email}
        isEmailDeliveryConfigured={settings.emailDeliveryConfigured}
      />
      <NoticePreferences preferences={settings.preferences} />
      <RecentNotifications isEmailDeliveryConfigured={settings.emailDeliveryConfigured} />
    </Stack>
  );
}
