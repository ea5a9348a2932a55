import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";

import {
  mfaSetupPath,
  recoveryCodeUsedPath,
  signInPath,
  verifyMfaPath,
} from "../features/auth/authPaths";
import { MfaSetupPage } from "../features/auth/MfaSetupPage";
import { RecoveryCodeUsedPage } from "../features/auth/RecoveryCodeUsedPage";
import { defaultSignedInPath } from "../features/auth/returnPath";
import { SignInPage } from "../features/auth/SignInPage";
import { VerifyMfaPage } from "../features/auth/VerifyMfaPage";
import { SettingsLayout } from "../features/settings/SettingsLayout";
import { settingsSections } from "../features/settings/settingsSections";
import { PageLoader } from "../ui/PageLoader";
import { NotFoundPage } from "./NotFoundPage";
import { SignedInLayout } from "./SignedInLayout";

// Administrators are few, so their pages load on demand and stay out of the sign-in bundle.
const SiteSettingsRoutes = lazy(() =>
  import("../features/site-settings/SiteSettingsRoutes").then((module) => ({
    default: module.SiteSettingsRoutes,
  })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path={signInPath} element={<SignInPage />} />
      <Route path={verifyMfaPath} element={<VerifyMfaPage />} />
      <Route path={recoveryCodeUsedPath} element={<RecoveryCodeUsedPage />} />
      <Route path={mfaSetupPath} element={<MfaSetupPage />} />
      <Route element={<SignedInLayout />}>
        <Route index element={<Navigate to={defaultSignedInPath} replace />} />
        <Route path="settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to={settingsSections[0].path} replace />} />
          {settingsSections.map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
        </Route>
        <Route
          path="site-settings/*"
          element={
            <Suspense fallback={<PageLoader />}>
              <SiteSettingsRoutes />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
