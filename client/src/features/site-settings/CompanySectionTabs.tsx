import { Box } from "@mantine/core";
import { NavLink } from "react-router";

import classes from "./CompanySectionTabs.module.css";
import { companySectionPath, companySections } from "./siteSettingsPaths";

/**
 * Links styled as tabs: each section has its own address, so a link (with aria-current) suits
 * screen readers better than an ARIA tab list whose panels would live on other pages.
 */
export function CompanySectionTabs() {
  return (
    <Box component="nav" aria-label="Company settings">
      <Box component="ul" className={classes.list} m={0} p={0} style={{ listStyle: "none" }}>
        {companySections.map(({ path, label }) => (
          <li key={path}>
            <NavLink to={companySectionPath(path)} className={classes.tab}>
              {label}
            </NavLink>
          </li>
        ))}
      </Box>
    </Box>
  );
}
