/**
 * Mantine's Modal close button shows only an icon and carries no label of its own, so screen
 * readers would announce an unnamed button (axe: button-name).
 */
export const closeButtonProps = { "aria-label": "Close" };
