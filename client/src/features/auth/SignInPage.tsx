import { mfaChallengeLifetimeInSeconds } from "@app/shared";
import { Alert, Text } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useLocation, useNavigate } from "react-router";

import type { SignInStatus } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";
import { AuthScreen } from "./AuthScreen";
import { mfaSetupPath, verifyMfaPath } from "./authPaths";
import { keepReturnPath, readReturnPath } from "./returnPath";
import { SignInForm } from "./SignInForm";
import { readSignInNotice } from "./signInNotice";

const challengeLifetimeInMinutes = mfaChallengeLifetimeInSeconds / 60;

function nextPathFor(status: SignInStatus, returnPath: string): string {
  switch (status) {
    case "SIGNED_IN":
      return returnPath;
    case "MFA_REQUIRED":
      return verifyMfaPath;
    case "MFA_SETUP_REQUIRED":
      return mfaSetupPath;
    default:
      return assertNever(status);
  }
}

export function SignInPage() {
  useDocumentTitle("Sign in · 3 Clicks Cloud");
  const location = useLocation();
  const navigate = useNavigate();
  const notice = readSignInNotice(location.state);

  function handlePasswordAccepted(status: SignInStatus) {
    const nextPath = nextPathFor(status, readReturnPath(location.state));

    void navigate(nextPath, {
      replace: true,
      state: keepReturnPath(location.state),
    });
  }

  return (
    <AuthScreen
      title="Sign in"
      description="Use your work email and password."
      footer={
        <Text c="dimmed" size="xs" ta="center">
          Trouble signing in? Your company&apos;s administrator can help.
        </Text>
      }
    >
      {notice === "verificationEnded" && (
        <Alert color="yellow" variant="light" title="Sign in again" mb="md" role="status">
          For your security, the code step ends after {challengeLifetimeInMinutes} minutes or after
          several wrong codes. Enter your email and password to start again.
        </Alert>
      )}
      <SignInForm onPasswordAccepted={handlePasswordAccepted} />
    </AuthScreen>
  );
}
