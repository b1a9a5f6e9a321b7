/** The story model: the brief, its file, story folders and chapter planning. No `vscode` here. */
export * from './brief';
export * from './briefFile';
export * from './chapterPlan';
export * from './createStory';
export * from './discoverStories';
export * from './folderName';
export * from './problem';
