/** Options shared by the stage documents' readers and writers. */

export interface ParseDocumentOptions {
  /** How messages name the file (e.g. `stories/keeper/02-bible.md`); defaults to the stage's file name. */
  readonly file?: string;
}

export interface RenderDocumentOptions {
  /** The story's title, shown in the `#` heading only (reading ignores it). */
  readonly title?: string;
}
