import { lazy, Suspense, type ReactNode } from "react";
import { Route, Routes } from "react-router";

import {
  mfaSetupPath,
  recoveryCodeUsedPath,
  signInPath,
  verifyMfaPath,
} from "../features/auth/authPaths";
import { SignInPage } from "../features/auth/SignInPage";
import { PageLoader } from "../ui/PageLoader";

// The sign-in page is what every visitor loads first, so only it is in the entry bundle; each
// later step arrives as its own chunk while the person types their password.
const VerifyMfaPage = lazy(() =>
  import("../features/auth/VerifyMfaPage").then((module) => ({ default: module.VerifyMfaPage })),
);
const RecoveryCodeUsedPage = lazy(() =>
  import("../features/auth/RecoveryCodeUsedPage").then((module) => ({
    default: module.RecoveryCodeUsedPage,
  })),
);
const MfaSetupPage = lazy(() =>
  import("../features/auth/MfaSetupPage").then((module) => ({ default: module.MfaSetupPage })),
);
const SignedInRoutes = lazy(() =>
  import("./SignedInRoutes").then((module) => ({ default: module.SignedInRoutes })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path={signInPath} element={<SignInPage />} />
      <Route
        path={verifyMfaPath}
        element={
          <Loading>
            <VerifyMfaPage />
          </Loading>
        }
      />
      <Route
        path={recoveryCodeUsedPath}
        element={
          <Loading>
            <RecoveryCodeUsedPage />
          </Loading>
        }
      />
      <Route
        path={mfaSetupPath}
        element={
          <Loading>
            <MfaSetupPage />
          </Loading>
        }
      />
      <Route
        path="*"
        element={
          <Loading>
            <SignedInRoutes />
          </Loading>
        }
      />
    </Routes>
  );
}
