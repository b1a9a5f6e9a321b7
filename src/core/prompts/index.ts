/** Prompt builders for every model stage. No `vscode` here. */
export * from './chapterPrompts';
export * from './fallbackPrompts';
export * from './stagePrompt';
export * from './storyContext';
export * from './structuredPrompts';
export * from './systemInstructions';
