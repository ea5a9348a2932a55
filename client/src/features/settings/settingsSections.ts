import type { ComponentType } from "react";

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
] as const satisfies readonly [SettingsSection, ...SettingsSection[]];
