import { useQuery } from "@apollo/client/react";
import { Paper, Stack } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Navigate, useLocation, useNavigate } from "react-router";

import { graphql } from "../../gql";
import { LoadFailedAlert } from "../../ui/LoadFailedAlert";
import { PageLoader } from "../../ui/PageLoader";
import { EnableMfaFlow } from "../security/EnableMfaFlow";
import { MfaSetupIntro } from "./MfaSetupIntro";
import { readMfaEnforcement } from "./mfaEnforcement";
import { isSignedOutError } from "./isSignedOutError";
import { RedirectToSignIn } from "./RedirectToSignIn";
import { readReturnPath } from "./returnPath";
import { SetupFrame } from "./SetupFrame";

const MfaSetupPageQuery = graphql(`
  query MfaSetupPage {
    viewer {
      id
      email
      company {
        id
        name
      }
    }
    securitySettings {
      mfaEnabled
      mfaRequired
      mfaSetupDeadline
    }
  }
`);

/** Where MFA_SETUP_REQUIRED leads: the company's rule must be met before anything else. */
export function MfaSetupPage() {
  useDocumentTitle("Set up MFA · 3 Clicks Cloud");
  const location = useLocation();
  const navigate = useNavigate();
  // Decided once, on arrival: the flow writes "MFA is on" to the cache before the recovery
  // codes are saved, and a cached answer would send the person away from them.
  const {
    data,
    error,
    loading: isLoading,
    refetch,
  } = useQuery(MfaSetupPageQuery, {
    fetchPolicy: "no-cache",
  });
  const returnPath = readReturnPath(location.state);

  if (isLoading) return <PageLoader />;
  if (error && isSignedOutError(error)) return <RedirectToSignIn />;
  if (error || !data) return <LoadFailedAlert error={error} onRetry={() => void refetch()} />;
  if (!data.viewer) return <RedirectToSignIn />;

  const enforcement = readMfaEnforcement(data.securitySettings, new Date());
  if (enforcement.kind === "none") return <Navigate to={returnPath} replace />;

  const isOptionalForNow = enforcement.kind === "gracePeriod";
  return (
    <SetupFrame email={data.viewer.email}>
      <Stack gap="xl">
        <MfaSetupIntro companyName={data.viewer.company.name} enforcement={enforcement} />
        <Paper withBorder radius="md" p={{ base: "lg", sm: "xl" }}>
          <EnableMfaFlow
            onFinished={() => void navigate(returnPath, { replace: true })}
            onCancel={isOptionalForNow ? () => void navigate(returnPath) : undefined}
          />
        </Paper>
      </Stack>
    </SetupFrame>
  );
}
