import { Alert } from "@mantine/core";

interface PasswordChangedNoticeProps {
  isShown: boolean;
  onDismiss: () => void;
}

/** The live region stays in the page so screen readers announce the notice when it appears. */
export function PasswordChangedNotice({ isShown, onDismiss }: PasswordChangedNoticeProps) {
  return (
    <div aria-live="polite">
      {isShown && (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={onDismiss}
          role="status"
        >
          Your password has been changed. We signed you out of every other browser, and browsers you
          trusted will ask for an MFA code again. You stay signed in here.
        </Alert>
      )}
    </div>
  );
}
