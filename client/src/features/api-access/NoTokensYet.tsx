import { EmptyState } from "../../ui/EmptyState";

export function NoTokensYet() {
  return (
    <EmptyState title="No tokens yet">
      Create one above when a script or another tool needs to read your data. Each token you create
      is listed here with the last time it was used.
    </EmptyState>
  );
}
