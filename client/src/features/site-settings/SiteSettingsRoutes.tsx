import { Navigate, Route, Routes } from "react-router";

import { SecurityLogPage } from "../security-log/SecurityLogPage";
import { GeneralSettingsPage } from "./GeneralSettingsPage";
import { companySectionPath } from "./siteSettingsPaths";
import { SiteSettingsCompanyPage } from "./SiteSettingsCompanyPage";
import { StaffPage } from "./StaffPage";

const toGeneralSettings = <Navigate to={companySectionPath("general")} replace />;

/**
 * Everything under /site-settings. The app loads this module on demand, so administrators' pages
 * stay out of the bundle every member downloads at sign-in.
 */
export function SiteSettingsRoutes() {
  return (
    <Routes>
      <Route path="company" element={<SiteSettingsCompanyPage />}>
        <Route index element={toGeneralSettings} />
        <Route path="general" element={<GeneralSettingsPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path="security-log" element={<SecurityLogPage />} />
        <Route path="*" element={toGeneralSettings} />
      </Route>
      <Route path="*" element={toGeneralSettings} />
    </Routes>
  );
}
