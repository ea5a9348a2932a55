import { useQuery } from "@apollo/client/react";
import { Navigate, useLocation } from "react-router";

import { graphql } from "../../gql";
import { assertNever } from "../../lib/assertNever";
import { mfaSetupPath } from "./authPaths";
import { MfaGraceBanner } from "./MfaGraceBanner";
import { readMfaEnforcement } from "./mfaEnforcement";
import { toSignInRedirectState } from "./returnPath";

const MfaEnforcementNoticeQuery = graphql(`
  query MfaEnforcementNotice {
    securitySettings {
      mfaEnabled
      mfaRequired
      mfaSetupDeadline
    }
  }
`);

/**
 * Inside the signed-in frame: a banner while the grace period runs, and a detour to set-up once
 * it is over. Both are comfort only; the API answers MFA_SETUP_REQUIRED on its own.
 */
export function MfaEnforcementNotice() {
  const location = useLocation();
  // Fresh on every arrival in the app: set-up may have finished since the last answer.
  const { data } = useQuery(MfaEnforcementNoticeQuery, { fetchPolicy: "network-only" });

  if (!data) return null;

  const enforcement = readMfaEnforcement(data.securitySettings, new Date());
  switch (enforcement.kind) {
    case "none":
      return null;
    case "gracePeriod":
      return <MfaGraceBanner deadline={enforcement.deadline} />;
    case "setupRequired":
      return <Navigate to={mfaSetupPath} replace state={toSignInRedirectState(location)} />;
    default:
      return assertNever(enforcement);
  }
}
