import { Navigate, useLocation } from "react-router";

import { toSignInRedirectState } from "./returnPath";

/** Sends a signed-out visitor to sign in, remembering the page they asked for. */
export function RedirectToSignIn() {
  const location = useLocation();

  return <Navigate to="/sign-in" replace state={toSignInRedirectState(location)} />;
}
