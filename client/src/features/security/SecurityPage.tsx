import { Alert, Modal, Paper, Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useState } from "react";

import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { RecentSecurityActivity } from "../security-log/RecentSecurityActivity";
import { PageLoader } from "../../ui/PageLoader";
import { DisableMfaDialog } from "./DisableMfaDialog";
import { EnableMfaFlow } from "./EnableMfaFlow";
import { MfaStatusPanel } from "./MfaStatusPanel";
import { RegenerateCodesDialog } from "./RegenerateCodesDialog";
import { SecurityHelp } from "./SecurityHelp";
import { TrustedBrowsers } from "./TrustedBrowsers";
import { useSecuritySettings } from "./useSecuritySettings";

type Activity = "idle" | "enabling" | "regenerating" | "disabling";

const doneNotices = {
  enabled: "MFA is on. Your next sign-in will ask for a code from your app.",
  regenerated: "Your new recovery codes are ready. The old ones no longer work.",
  disabled: "MFA is off. You can turn it on again at any time with Enable MFA.",
} as const;

export function SecurityPage() {
  useDocumentTitle("Security · Settings · 3 Clicks Cloud");
  const { settings, error, isLoading, refetch } = useSecuritySettings();
  const [activity, setActivity] = useState<Activity>("idle");
  const [doneNotice, setDoneNotice] = useState<keyof typeof doneNotices | null>(null);
  const [statusFocusRequest, setStatusFocusRequest] = useState(0);

  // Once shown, the page stays up through refetches, so an open set-up is never torn down.
  if (settings === null) {
    if (isLoading) return <PageLoader />;
    return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  }

  function begin(nextActivity: Activity) {
    setDoneNotice(null);
    setActivity(nextActivity);
  }

  function finish(notice: keyof typeof doneNotices) {
    setActivity("idle");
    setDoneNotice(notice);
    // Regenerate's trigger is still there and gets focus back from the dialog by itself.
    if (notice !== "regenerated") setStatusFocusRequest((count) => count + 1);
  }

  function cancelEnabling() {
    setActivity("idle");
    setStatusFocusRequest((count) => count + 1);
  }

  return (
    // Dialogs stack (the password prompt opens over Regenerate or Disable), so Escape and the
    // focus trap apply to the top one only.
    <Modal.Stack>
      <Stack gap="lg">
        <div aria-live="polite">
          {doneNotice && (
            <Alert
              color="green"
              variant="light"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setDoneNotice(null)}
            >
              {doneNotices[doneNotice]}
            </Alert>
          )}
        </div>
        <Paper
          withBorder
          radius="md"
          p="xl"
          component="section"
          aria-label="Multifactor authentication"
        >
          {activity === "enabling" ? (
            <EnableMfaFlow onFinished={() => finish("enabled")} onCancel={cancelEnabling} />
          ) : (
            <MfaStatusPanel
              settings={settings}
              onEnable={() => begin("enabling")}
              onRegenerate={() => begin("regenerating")}
              onDisable={() => begin("disabling")}
              focusRequest={statusFocusRequest}
            />
          )}
        </Paper>
        {settings.mfaEnabled && activity !== "enabling" && (
          <TrustedBrowsers trustedDevices={settings.trustedDevices} />
        )}
        {activity !== "enabling" && <RecentSecurityActivity />}
        <SecurityHelp />
      </Stack>
      <RegenerateCodesDialog
        isOpen={activity === "regenerating"}
        onClose={() => setActivity("idle")}
        onFinished={() => finish("regenerated")}
      />
      <DisableMfaDialog
        isOpen={activity === "disabling"}
        onClose={() => setActivity("idle")}
        onDisabled={() => finish("disabled")}
      />
    </Modal.Stack>
  );
}
