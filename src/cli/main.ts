#!/usr/bin/env node
// Placeholder entry replaced by the headless command (issue 3); keeps the second bundle wired.
process.stderr.write('story-writer: no subcommands yet\n');
process.exit(2);
