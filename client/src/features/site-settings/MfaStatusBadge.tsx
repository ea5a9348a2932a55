import { Badge } from "@mantine/core";

/*
 * The dot variant keeps the text dark on white: Mantine's light orange and teal badges stay
 * below WCAG AA contrast even at the darkest shade, while the coloured dot still reads at a glance.
 */
export function MfaStatusBadge({ isMfaEnabled }: { isMfaEnabled: boolean }) {
  return (
    <Badge color={isMfaEnabled ? "teal" : "orange"} variant="dot" radius="sm" tt="none" fw={600}>
      {isMfaEnabled ? "MFA on" : "MFA off"}
    </Badge>
  );
}
