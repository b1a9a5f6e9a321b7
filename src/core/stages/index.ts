/** Stage documents: schemas, Markdown round-trips, chapter text helpers. No `vscode` here. */
export * from './bible';
export * from './bibleMarkdown';
export * from './chapter';
export * from './chapterSummary';
export * from './concept';
export * from './conceptMarkdown';
export * from './continuation';
export * from './documentOptions';
export type { CompleteResult, NoteDefault } from './lenient';
export * from './manuscript';
export * from './markdown/extras';
export * from './outline';
export * from './outlineMarkdown';
export * from './stageFiles';
export * from './wordCount';
export * from './withDefaults';
