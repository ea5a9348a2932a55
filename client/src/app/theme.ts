import { createTheme, type CSSVariablesResolver } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 keeps white button text above the WCAG AA contrast ratio of 4.5:1.
  primaryShade: 7,
  defaultRadius: "md",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', " +
    "sans-serif",
  headings: { fontWeight: "650" },
  cursorType: "pointer",
});

// Mantine's default dimmed grey (gray.6) and error red (red.6) are below 4.5:1 on white, which
// fails WCAG AA for small text; one shade or more darker passes and still reads the same way.
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": resolvedTheme.colors.gray[7] ?? "#495057",
    "--mantine-color-error": resolvedTheme.colors.red[9] ?? "#c92a2a",
  },
  dark: {},
});
