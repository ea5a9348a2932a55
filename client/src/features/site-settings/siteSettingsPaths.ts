/** Site Settings > Company sections, relative to /site-settings/company. */
export const companySections = [
  { path: "general", label: "General Settings" },
  { path: "staff", label: "Staff" },
  { path: "security-log", label: "Security log" },
] as const;

export type CompanySectionPath = (typeof companySections)[number]["path"];

export const companyBasePath = "/site-settings/company";

export function companySectionPath(section: CompanySectionPath): string {
  return `${companyBasePath}/${section}`;
}
