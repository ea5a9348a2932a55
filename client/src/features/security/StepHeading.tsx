import { Title } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A step's heading takes focus when the step appears, so keyboard and screen reader users land on
 * the new content instead of on a button that has just disappeared.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Title ref={headingRef} order={3} size="h4" tabIndex={-1} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
