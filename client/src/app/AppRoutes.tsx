import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";

import { SignInPage } from "../features/auth/SignInPage";
import { defaultSignedInPath } from "../features/auth/returnPath";
import { SettingsLayout } from "../features/settings/SettingsLayout";
import { settingsSections } from "../features/settings/settingsSections";
import { PageLoader } from "../ui/PageLoader";
import { NotFoundPage } from "./NotFoundPage";
import { SignedInLayout } from "./SignedInLayout";

// Administrators are few, so their pages load on demand and stay out of the sign-in bundle.
const SiteSettingsCompanyPage = lazy(() =>
  import("../features/site-settings/SiteSettingsCompanyPage").then((module) => ({
    default: module.SiteSettingsCompanyPage,
  })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<SignedInLayout />}>
        <Route index element={<Navigate to={defaultSignedInPath} replace />} />
        <Route path="settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to={settingsSections[0].path} replace />} />
          {settingsSections.map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
        </Route>
        <Route path="site-settings">
          <Route index element={<Navigate to="company" replace />} />
          <Route
            path="company"
            element={
              <Suspense fallback={<PageLoader />}>
                <SiteSettingsCompanyPage />
              </Suspense>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
