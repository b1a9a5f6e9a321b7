/**
 * The task of a chapter prompt as the test server logged it: the prompt with the shared material
 * it opens with (tagged blocks such as `<story_bible>`, the same for every chapter of a stage)
 * taken off, so tests can tell requests apart by what they ask for ("Write about 2000 words:
 * Chapter 3 …", "Revise Chapter 2 …", "Continue Chapter 1 …"). A prompt sent against an explicit
 * context cache carries no shared material and is returned as it is.
 */
export function promptTask(promptText: string): string {
  let rest = promptText;
  for (;;) {
    const block = /^<([a-z_]+)>\n[\s\S]*?\n<\/\1>(?:\n\n|$)/.exec(rest);
    if (!block) return rest;
    rest = rest.slice(block[0].length);
  }
}
