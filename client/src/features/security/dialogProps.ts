import type { ModalProps } from "@mantine/core";

/** The look and the close button's name that every dialog on this page shares. */
export const dialogProps = {
  closeButtonProps: { "aria-label": "Close" },
  padding: "lg",
  radius: "md",
  styles: { title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } },
} satisfies Partial<ModalProps>;
