import { Badge } from "@mantine/core";

import type { SecurityEventType } from "../../gql/graphql";
import { describeSecurityEventType, securityEventColor } from "./securityEventTypes";

/** A dot badge keeps dark text on white, above WCAG AA contrast whatever the event's colour. */
export function SecurityEventTypeBadge({ type }: { type: SecurityEventType }) {
  return (
    <Badge color={securityEventColor(type)} variant="dot" radius="sm" tt="none" fw={600}>
      {describeSecurityEventType(type)}
    </Badge>
  );
}
