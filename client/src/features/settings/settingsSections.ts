import type { ComponentType } from "react";

import { ApiAccessPage } from "../api-access/ApiAccessPage";
import { NotificationsPage } from "../notifications/NotificationsPage";
import { SecurityPage } from "../security/SecurityPage";
import { ProfilePage } from "./ProfilePage";

export interface SettingsSection {
  /** Relative to /settings. */
  path: string;
  label: string;
  Page: ComponentType;
}

/** One entry per page under Settings; the navigation and the routes are both built from it. */
export const settingsSections = [
  { path: "profile", label: "Profile", Page: ProfilePage },
  { path: "security", label: "Security", Page: SecurityPage },
  { path: "notifications", label: "Notifications", Page: NotificationsPage },
  { path: "api-access", label: "API access", Page: ApiAccessPage },
] as const satisfies readonly [SettingsSection, ...SettingsSection[]];
