import { EmptyState } from "../../ui/EmptyState";

export function NoNotificationsYet() {
  return (
    <EmptyState title="No notifications yet">
      When something changes in your account&apos;s security, the notice is listed here. Send a test
      email to see how one looks.
    </EmptyState>
  );
}
