/** Saves text as a file through a temporary object URL, without any round trip to the server. */
export function downloadTextFile(fileName: string, text: string): void {
  const blob = new Blob([text], { type: "text/plain;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";

  document.body.append(link);
  link.click();
  link.remove();

  // Revoking right after click() can cancel the download in some browsers; one tick is enough.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
