import { Alert, Anchor, Divider, Text } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useLocation, useNavigate } from "react-router";

import { serverUnreachableMessage } from "../../lib/failureMessages";
import { AuthScreen } from "./AuthScreen";
import { recoveryCodeUsedPath, signInPath } from "./authPaths";
import { keepReturnPath, readReturnPath } from "./returnPath";
import type { SignInNotice } from "./signInNotice";
import type { SecondFactor } from "./useVerifyMfa";
import { useSignOut } from "./useSignOut";
import { VerifyMfaForm } from "./VerifyMfaForm";

/** The second sign-in step after MFA_REQUIRED: an authenticator code or a recovery code. */
export function VerifyMfaPage() {
  useDocumentTitle("Verify your sign-in · 3 Clicks Cloud");
  const location = useLocation();
  const navigate = useNavigate();
  const { signOut, isSigningOut, hasFailed: hasSignOutFailed } = useSignOut();

  function handleVerified(factorKind: SecondFactor["kind"]) {
    const state = keepReturnPath(location.state);

    // A spent recovery code leaves fewer behind, which is worth a stop before the app.
    if (factorKind === "recoveryCode") {
      void navigate(recoveryCodeUsedPath, { replace: true, state });
      return;
    }
    void navigate(readReturnPath(location.state), { replace: true });
  }

  function handleVerificationEnded() {
    const notice: SignInNotice = "verificationEnded";
    void navigate(signInPath, {
      replace: true,
      state: { ...keepReturnPath(location.state), notice },
    });
  }

  return (
    <AuthScreen
      title="Verify your sign-in"
      description="Your account is protected by multifactor authentication (MFA)."
    >
      <VerifyMfaForm onVerified={handleVerified} onVerificationEnded={handleVerificationEnded} />
      <Divider my="lg" />
      {hasSignOutFailed && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {serverUnreachableMessage}
        </Alert>
      )}
      <Text size="sm" c="dimmed" ta="center">
        Not you?{" "}
        <Anchor
          component="button"
          type="button"
          size="sm"
          disabled={isSigningOut}
          onClick={() => void signOut()}
        >
          Sign in as someone else
        </Anchor>
      </Text>
    </AuthScreen>
  );
}
