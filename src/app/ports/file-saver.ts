/** Hands a file to the person: a download, or the share sheet where it takes files. */
export interface FileSaver {
  save(blob: Blob, fileName: string): Promise<void>;
}
