import { Group, Text } from "@mantine/core";

export const productName = "3 Clicks Cloud";

/** The shield logo and product name; decorative SVG, so only the text is announced. */
export function ProductMark({ size = "md" }: { size?: "md" | "lg" }) {
  const logoSizeInPixels = size === "lg" ? 36 : 28;

  return (
    <Group gap={10} wrap="nowrap">
      <svg
        width={logoSizeInPixels}
        height={logoSizeInPixels}
        viewBox="0 0 32 32"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M16 2.5 4.5 7v8.2c0 7.1 4.9 12.6 11.5 14.3 6.6-1.7 11.5-7.2 11.5-14.3V7L16 2.5Z"
          fill="var(--mantine-color-indigo-7)"
        />
        <path
          d="m11 16.2 3.4 3.4 6.8-7.1"
          fill="none"
          stroke="#fff"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <Text component="span" fw={700} fz={size === "lg" ? 22 : 18} c="dark.8" lh={1}>
        {productName}
      </Text>
    </Group>
  );
}
