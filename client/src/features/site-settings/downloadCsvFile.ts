/** Excel reads a CSV as a legacy code page unless it starts with a UTF-8 byte order mark. */
const utf8ByteOrderMark = "\uFEFF";

/** Saves CSV text through a temporary object URL; nothing goes back to the server. */
export function downloadCsvFile(fileName: string, csv: string): void {
  const blob = new Blob([utf8ByteOrderMark, csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;

  document.body.append(link);
  link.click();
  link.remove();

  // Revoking in the same task as click() can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
