import { useQuery } from "@apollo/client/react";
import { Alert, Button, Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link, useLocation } from "react-router";

import { graphql } from "../../gql";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { AuthScreen } from "./AuthScreen";
import { securitySettingsPath } from "./authPaths";
import { isSignedOutError } from "./isSignedOutError";
import { RedirectToSignIn } from "./RedirectToSignIn";
import { recoveryCodesLeftNotice } from "./recoveryCodesLeftNotice";
import { readReturnPath } from "./returnPath";

const RecoveryCodeUsedPageQuery = graphql(`
  query RecoveryCodeUsedPage {
    securitySettings {
      recoveryCodesRemaining
    }
  }
`);

/** Shown once after a recovery-code sign-in, before the page the person was headed for. */
export function RecoveryCodeUsedPage() {
  useDocumentTitle("Recovery code used · 3 Clicks Cloud");
  const location = useLocation();
  // The count changed a moment ago, so a remembered one would be wrong.
  const {
    data,
    error,
    loading: isLoading,
    refetch,
  } = useQuery(RecoveryCodeUsedPageQuery, {
    fetchPolicy: "network-only",
  });

  if (isLoading) return <PageLoader />;
  if (error && isSignedOutError(error)) return <RedirectToSignIn />;
  if (error || !data) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;

  const notice = recoveryCodesLeftNotice(data.securitySettings.recoveryCodesRemaining);
  const continueButton = (
    <Button
      component={Link}
      to={readReturnPath(location.state)}
      replace
      variant={notice.isUrgent ? "default" : "filled"}
      fullWidth
    >
      Continue
    </Button>
  );
  const regenerateButton = (
    <Button
      component={Link}
      to={securitySettingsPath}
      variant={notice.isUrgent ? "filled" : "default"}
      fullWidth
    >
      Regenerate recovery codes
    </Button>
  );

  return (
    <AuthScreen
      title="You're signed in"
      description="You used a recovery code. Each code works only once, so that one is now spent."
    >
      <Stack gap="md">
        <Alert color={notice.color} variant="light" title={notice.title} role="status">
          {notice.message}
        </Alert>
        {notice.isUrgent ? regenerateButton : continueButton}
        {notice.isUrgent ? continueButton : regenerateButton}
      </Stack>
    </AuthScreen>
  );
}
