// Saves generated text as a file from the panel page: a Blob URL clicked through a temporary <a download>.
export function downloadParts(parts: BlobPart[], filename: string, type: string): void {
  downloadBlob(new Blob(parts, { type }), filename);
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function stamp(now = new Date()): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

export function fileSlug(s: string): string {
  return s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60) || 'actor';
}
