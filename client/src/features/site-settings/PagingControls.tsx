import { Button, Group, Text } from "@mantine/core";

interface PagingControlsProps {
  pageIndex: number;
  pageSize: number;
  shownCount: number;
  totalCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  isLoading?: boolean;
  onPreviousPage: () => void;
  onNextPage: () => void;
}

export function describeShownRange(
  pageIndex: number,
  pageSize: number,
  shownCount: number,
  totalCount: number,
): string {
  if (shownCount === 0) return `Showing 0 of ${totalCount}`;

  const firstShown = pageIndex * pageSize + 1;
  return `Showing ${firstShown}–${firstShown + shownCount - 1} of ${totalCount}`;
}

/** Previous and Next over cursor pages, with where this page sits in the whole list. */
export function PagingControls({
  pageIndex,
  pageSize,
  shownCount,
  totalCount,
  hasPreviousPage,
  hasNextPage,
  isLoading = false,
  onPreviousPage,
  onNextPage,
}: PagingControlsProps) {
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {describeShownRange(pageIndex, pageSize, shownCount, totalCount)}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={!hasPreviousPage || isLoading}
          onClick={onPreviousPage}
        >
          Previous page
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!hasNextPage || isLoading}
          onClick={onNextPage}
        >
          Next page
        </Button>
      </Group>
    </Group>
  );
}
