import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";

import { defaultSignedInPath } from "../features/auth/returnPath";
import { SettingsLayout } from "../features/settings/SettingsLayout";
import { settingsSections } from "../features/settings/settingsSections";
import { PageLoader } from "../ui/PageLoader";
import { NotFoundPage } from "./NotFoundPage";
import { SignedInLayout } from "./SignedInLayout";

// Administrators are few, so their pages load on demand even for people already signed in.
const SiteSettingsRoutes = lazy(() =>
  import("../features/site-settings/SiteSettingsRoutes").then((module) => ({
    default: module.SiteSettingsRoutes,
  })),
);

/** Everything behind sign-in, loaded as its own chunk once someone is past the sign-in page. */
export function SignedInRoutes() {
  return (
    <Routes>
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
