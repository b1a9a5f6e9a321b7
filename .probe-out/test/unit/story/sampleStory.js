"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sampleStory_exports = {};
__export(sampleStory_exports, {
  bible: () => bible,
  brief: () => brief,
  concept: () => concept,
  outline: () => outline
});
module.exports = __toCommonJS(sampleStory_exports);
const brief = {
  title: "The Lighthouse Keeper",
  genre: "literary fiction",
  tone: "melancholy but hopeful",
  audience: "adult readers",
  pointOfView: "third-limited",
  targetWords: 3e3,
  language: "English",
  premise: "A keeper on a remote island finds a message in a bottle addressed to her dead brother."
};
const concept = {
  title: "The Lighthouse Keeper",
  logline: "A grieving lighthouse keeper must decide whether to answer a letter meant for her drowned brother before the supply boat takes her off the island for good.",
  premise: "Mara Vell has kept the Skerry light alone since the storm that took Tomas.\n\nWhen a bottle washes up with a letter addressed to him, she begins to write back.",
  protagonist: "Mara Vell, forty, precise, funny in a dry way, unable to leave.",
  setting: "A granite skerry in the North Sea, 1962, the last winter before automation.",
  centralConflict: "Mara against the sea, the Board, and her own refusal to grieve.",
  stakes: "If she leaves, the light goes dark and with it the last of Tomas.",
  hook: "A letter for a dead man, in handwriting she knows.",
  themes: ["grief and memory", "the work of keeping"],
  tone: "Quiet, salt-stung, tender.",
  ending: "She answers the letter, lights the lamp one last time, and steps onto the boat."
};
const bible = {
  characters: [
    {
      name: "Mara Vell",
      role: "protagonist",
      goal: "To keep the light burning until the Board relents.",
      flaw: "She mistakes endurance for love.",
      arc: "From keeping to letting go.",
      voice: 'Clipped, wry, precise: "The sea does not care, so I must."',
      description: "Forty, weathered, with her brother's oilskin coat three sizes too big."
    },
    {
      name: "Jonah Hale",
      role: "the letter writer",
      goal: "To find out what happened to Tomas.",
      flaw: "Romantic to the point of blindness.",
      arc: "From illusion to truth.",
      voice: "Florid, warm, full of questions.",
      description: "A schoolteacher on the mainland."
    }
  ],
  setting: {
    world: "The Northern Lighthouse Board is automating the lights; keepers are being let go.",
    era: "Winter 1962",
    places: [
      { name: "The Skerry Light", description: "A granite tower on a bare rock, forty metres high." },
      { name: "The Landing", description: "Iron rungs slick with weed." }
    ]
  },
  rules: ["The supply boat comes every fourteen days, weather permitting.", "Tomas drowned on 3 November 1961."],
  styleGuide: {
    voice: "Spare and concrete, weather as mood.",
    tense: "past",
    pointOfView: "Close third on Mara throughout.",
    notes: ["No flashbacks longer than a paragraph.", "Dialogue without adverbs."]
  }
};
const outline = {
  chapters: [
    {
      number: 1,
      title: "The Bottle",
      summary: "Mara finds the bottle and reads the letter to Tomas.",
      beats: ["Mara trims the wick at dawn.", "She finds the bottle at the Landing.", "She recognises nothing, and everything."],
      targetWords: 1500
    },
    {
      number: 2,
      title: "The Answer",
      summary: "Mara writes back, and the boat comes.",
      beats: ["She writes the answer by lamplight.", "The boat arrives early.", "She leaves."],
      targetWords: 1500,
      pov: "Mara"
    }
  ]
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bible,
  brief,
  concept,
  outline
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vdGVzdC91bml0L3N0b3J5L3NhbXBsZVN0b3J5LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgdHlwZSB7IEJpYmxlIH0gZnJvbSAnLi4vLi4vLi4vc3JjL2NvcmUvc3RhZ2VzL2JpYmxlJztcbmltcG9ydCB0eXBlIHsgQ29uY2VwdCB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9jb25jZXB0JztcbmltcG9ydCB0eXBlIHsgT3V0bGluZSB9IGZyb20gJy4uLy4uLy4uL3NyYy9jb3JlL3N0YWdlcy9vdXRsaW5lJztcbmltcG9ydCB0eXBlIHsgQnJpZWYgfSBmcm9tICcuLi8uLi8uLi9zcmMvY29yZS9zdG9yeS9icmllZic7XG5cbi8qKiBPbmUgc21hbGwgc3RvcnkgdXNlZCBhY3Jvc3MgdGhlIHN0b3J5LW1vZGVsIHRlc3RzLiAqL1xuXG5leHBvcnQgY29uc3QgYnJpZWY6IEJyaWVmID0ge1xuICB0aXRsZTogJ1RoZSBMaWdodGhvdXNlIEtlZXBlcicsXG4gIGdlbnJlOiAnbGl0ZXJhcnkgZmljdGlvbicsXG4gIHRvbmU6ICdtZWxhbmNob2x5IGJ1dCBob3BlZnVsJyxcbiAgYXVkaWVuY2U6ICdhZHVsdCByZWFkZXJzJyxcbiAgcG9pbnRPZlZpZXc6ICd0aGlyZC1saW1pdGVkJyxcbiAgdGFyZ2V0V29yZHM6IDMwMDAsXG4gIGxhbmd1YWdlOiAnRW5nbGlzaCcsXG4gIHByZW1pc2U6ICdBIGtlZXBlciBvbiBhIHJlbW90ZSBpc2xhbmQgZmluZHMgYSBtZXNzYWdlIGluIGEgYm90dGxlIGFkZHJlc3NlZCB0byBoZXIgZGVhZCBicm90aGVyLicsXG59O1xuXG5leHBvcnQgY29uc3QgY29uY2VwdDogQ29uY2VwdCA9IHtcbiAgdGl0bGU6ICdUaGUgTGlnaHRob3VzZSBLZWVwZXInLFxuICBsb2dsaW5lOiAnQSBncmlldmluZyBsaWdodGhvdXNlIGtlZXBlciBtdXN0IGRlY2lkZSB3aGV0aGVyIHRvIGFuc3dlciBhIGxldHRlciBtZWFudCBmb3IgaGVyIGRyb3duZWQgYnJvdGhlciBiZWZvcmUgdGhlIHN1cHBseSBib2F0IHRha2VzIGhlciBvZmYgdGhlIGlzbGFuZCBmb3IgZ29vZC4nLFxuICBwcmVtaXNlOiAnTWFyYSBWZWxsIGhhcyBrZXB0IHRoZSBTa2VycnkgbGlnaHQgYWxvbmUgc2luY2UgdGhlIHN0b3JtIHRoYXQgdG9vayBUb21hcy5cXG5cXG5XaGVuIGEgYm90dGxlIHdhc2hlcyB1cCB3aXRoIGEgbGV0dGVyIGFkZHJlc3NlZCB0byBoaW0sIHNoZSBiZWdpbnMgdG8gd3JpdGUgYmFjay4nLFxuICBwcm90YWdvbmlzdDogJ01hcmEgVmVsbCwgZm9ydHksIHByZWNpc2UsIGZ1bm55IGluIGEgZHJ5IHdheSwgdW5hYmxlIHRvIGxlYXZlLicsXG4gIHNldHRpbmc6ICdBIGdyYW5pdGUgc2tlcnJ5IGluIHRoZSBOb3J0aCBTZWEsIDE5NjIsIHRoZSBsYXN0IHdpbnRlciBiZWZvcmUgYXV0b21hdGlvbi4nLFxuICBjZW50cmFsQ29uZmxpY3Q6ICdNYXJhIGFnYWluc3QgdGhlIHNlYSwgdGhlIEJvYXJkLCBhbmQgaGVyIG93biByZWZ1c2FsIHRvIGdyaWV2ZS4nLFxuICBzdGFrZXM6ICdJZiBzaGUgbGVhdmVzLCB0aGUgbGlnaHQgZ29lcyBkYXJrIGFuZCB3aXRoIGl0IHRoZSBsYXN0IG9mIFRvbWFzLicsXG4gIGhvb2s6ICdBIGxldHRlciBmb3IgYSBkZWFkIG1hbiwgaW4gaGFuZHdyaXRpbmcgc2hlIGtub3dzLicsXG4gIHRoZW1lczogWydncmllZiBhbmQgbWVtb3J5JywgJ3RoZSB3b3JrIG9mIGtlZXBpbmcnXSxcbiAgdG9uZTogJ1F1aWV0LCBzYWx0LXN0dW5nLCB0ZW5kZXIuJyxcbiAgZW5kaW5nOiAnU2hlIGFuc3dlcnMgdGhlIGxldHRlciwgbGlnaHRzIHRoZSBsYW1wIG9uZSBsYXN0IHRpbWUsIGFuZCBzdGVwcyBvbnRvIHRoZSBib2F0LicsXG59O1xuXG5leHBvcnQgY29uc3QgYmlibGU6IEJpYmxlID0ge1xuICBjaGFyYWN0ZXJzOiBbXG4gICAge1xuICAgICAgbmFtZTogJ01hcmEgVmVsbCcsXG4gICAgICByb2xlOiAncHJvdGFnb25pc3QnLFxuICAgICAgZ29hbDogJ1RvIGtlZXAgdGhlIGxpZ2h0IGJ1cm5pbmcgdW50aWwgdGhlIEJvYXJkIHJlbGVudHMuJyxcbiAgICAgIGZsYXc6ICdTaGUgbWlzdGFrZXMgZW5kdXJhbmNlIGZvciBsb3ZlLicsXG4gICAgICBhcmM6ICdGcm9tIGtlZXBpbmcgdG8gbGV0dGluZyBnby4nLFxuICAgICAgdm9pY2U6ICdDbGlwcGVkLCB3cnksIHByZWNpc2U6IFwiVGhlIHNlYSBkb2VzIG5vdCBjYXJlLCBzbyBJIG11c3QuXCInLFxuICAgICAgZGVzY3JpcHRpb246ICdGb3J0eSwgd2VhdGhlcmVkLCB3aXRoIGhlciBicm90aGVyXFwncyBvaWxza2luIGNvYXQgdGhyZWUgc2l6ZXMgdG9vIGJpZy4nLFxuICAgIH0sXG4gICAge1xuICAgICAgbmFtZTogJ0pvbmFoIEhhbGUnLFxuICAgICAgcm9sZTogJ3RoZSBsZXR0ZXIgd3JpdGVyJyxcbiAgICAgIGdvYWw6ICdUbyBmaW5kIG91dCB3aGF0IGhhcHBlbmVkIHRvIFRvbWFzLicsXG4gICAgICBmbGF3OiAnUm9tYW50aWMgdG8gdGhlIHBvaW50IG9mIGJsaW5kbmVzcy4nLFxuICAgICAgYXJjOiAnRnJvbSBpbGx1c2lvbiB0byB0cnV0aC4nLFxuICAgICAgdm9pY2U6ICdGbG9yaWQsIHdhcm0sIGZ1bGwgb2YgcXVlc3Rpb25zLicsXG4gICAgICBkZXNjcmlwdGlvbjogJ0Egc2Nob29sdGVhY2hlciBvbiB0aGUgbWFpbmxhbmQuJyxcbiAgICB9LFxuICBdLFxuICBzZXR0aW5nOiB7XG4gICAgd29ybGQ6ICdUaGUgTm9ydGhlcm4gTGlnaHRob3VzZSBCb2FyZCBpcyBhdXRvbWF0aW5nIHRoZSBsaWdodHM7IGtlZXBlcnMgYXJlIGJlaW5nIGxldCBnby4nLFxuICAgIGVyYTogJ1dpbnRlciAxOTYyJyxcbiAgICBwbGFjZXM6IFtcbiAgICAgIHsgbmFtZTogJ1RoZSBTa2VycnkgTGlnaHQnLCBkZXNjcmlwdGlvbjogJ0EgZ3Jhbml0ZSB0b3dlciBvbiBhIGJhcmUgcm9jaywgZm9ydHkgbWV0cmVzIGhpZ2guJyB9LFxuICAgICAgeyBuYW1lOiAnVGhlIExhbmRpbmcnLCBkZXNjcmlwdGlvbjogJ0lyb24gcnVuZ3Mgc2xpY2sgd2l0aCB3ZWVkLicgfSxcbiAgICBdLFxuICB9LFxuICBydWxlczogWydUaGUgc3VwcGx5IGJvYXQgY29tZXMgZXZlcnkgZm91cnRlZW4gZGF5cywgd2VhdGhlciBwZXJtaXR0aW5nLicsICdUb21hcyBkcm93bmVkIG9uIDMgTm92ZW1iZXIgMTk2MS4nXSxcbiAgc3R5bGVHdWlkZToge1xuICAgIHZvaWNlOiAnU3BhcmUgYW5kIGNvbmNyZXRlLCB3ZWF0aGVyIGFzIG1vb2QuJyxcbiAgICB0ZW5zZTogJ3Bhc3QnLFxuICAgIHBvaW50T2ZWaWV3OiAnQ2xvc2UgdGhpcmQgb24gTWFyYSB0aHJvdWdob3V0LicsXG4gICAgbm90ZXM6IFsnTm8gZmxhc2hiYWNrcyBsb25nZXIgdGhhbiBhIHBhcmFncmFwaC4nLCAnRGlhbG9ndWUgd2l0aG91dCBhZHZlcmJzLiddLFxuICB9LFxufTtcblxuZXhwb3J0IGNvbnN0IG91dGxpbmU6IE91dGxpbmUgPSB7XG4gIGNoYXB0ZXJzOiBbXG4gICAge1xuICAgICAgbnVtYmVyOiAxLFxuICAgICAgdGl0bGU6ICdUaGUgQm90dGxlJyxcbiAgICAgIHN1bW1hcnk6ICdNYXJhIGZpbmRzIHRoZSBib3R0bGUgYW5kIHJlYWRzIHRoZSBsZXR0ZXIgdG8gVG9tYXMuJyxcbiAgICAgIGJlYXRzOiBbJ01hcmEgdHJpbXMgdGhlIHdpY2sgYXQgZGF3bi4nLCAnU2hlIGZpbmRzIHRoZSBib3R0bGUgYXQgdGhlIExhbmRpbmcuJywgJ1NoZSByZWNvZ25pc2VzIG5vdGhpbmcsIGFuZCBldmVyeXRoaW5nLiddLFxuICAgICAgdGFyZ2V0V29yZHM6IDE1MDAsXG4gICAgfSxcbiAgICB7XG4gICAgICBudW1iZXI6IDIsXG4gICAgICB0aXRsZTogJ1RoZSBBbnN3ZXInLFxuICAgICAgc3VtbWFyeTogJ01hcmEgd3JpdGVzIGJhY2ssIGFuZCB0aGUgYm9hdCBjb21lcy4nLFxuICAgICAgYmVhdHM6IFsnU2hlIHdyaXRlcyB0aGUgYW5zd2VyIGJ5IGxhbXBsaWdodC4nLCAnVGhlIGJvYXQgYXJyaXZlcyBlYXJseS4nLCAnU2hlIGxlYXZlcy4nXSxcbiAgICAgIHRhcmdldFdvcmRzOiAxNTAwLFxuICAgICAgcG92OiAnTWFyYScsXG4gICAgfSxcbiAgXSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT08sTUFBTSxRQUFlO0FBQUEsRUFDMUIsT0FBTztBQUFBLEVBQ1AsT0FBTztBQUFBLEVBQ1AsTUFBTTtBQUFBLEVBQ04sVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsVUFBVTtBQUFBLEVBQ1YsU0FBUztBQUNYO0FBRU8sTUFBTSxVQUFtQjtBQUFBLEVBQzlCLE9BQU87QUFBQSxFQUNQLFNBQVM7QUFBQSxFQUNULFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLFNBQVM7QUFBQSxFQUNULGlCQUFpQjtBQUFBLEVBQ2pCLFFBQVE7QUFBQSxFQUNSLE1BQU07QUFBQSxFQUNOLFFBQVEsQ0FBQyxvQkFBb0IscUJBQXFCO0FBQUEsRUFDbEQsTUFBTTtBQUFBLEVBQ04sUUFBUTtBQUNWO0FBRU8sTUFBTSxRQUFlO0FBQUEsRUFDMUIsWUFBWTtBQUFBLElBQ1Y7QUFBQSxNQUNFLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLEtBQUs7QUFBQSxNQUNMLE9BQU87QUFBQSxNQUNQLGFBQWE7QUFBQSxJQUNmO0FBQUEsSUFDQTtBQUFBLE1BQ0UsTUFBTTtBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQ04sS0FBSztBQUFBLE1BQ0wsT0FBTztBQUFBLE1BQ1AsYUFBYTtBQUFBLElBQ2Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxTQUFTO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxLQUFLO0FBQUEsSUFDTCxRQUFRO0FBQUEsTUFDTixFQUFFLE1BQU0sb0JBQW9CLGFBQWEscURBQXFEO0FBQUEsTUFDOUYsRUFBRSxNQUFNLGVBQWUsYUFBYSw4QkFBOEI7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFBQSxFQUNBLE9BQU8sQ0FBQyxrRUFBa0UsbUNBQW1DO0FBQUEsRUFDN0csWUFBWTtBQUFBLElBQ1YsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsYUFBYTtBQUFBLElBQ2IsT0FBTyxDQUFDLDBDQUEwQywyQkFBMkI7QUFBQSxFQUMvRTtBQUNGO0FBRU8sTUFBTSxVQUFtQjtBQUFBLEVBQzlCLFVBQVU7QUFBQSxJQUNSO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixPQUFPO0FBQUEsTUFDUCxTQUFTO0FBQUEsTUFDVCxPQUFPLENBQUMsZ0NBQWdDLHdDQUF3Qyx5Q0FBeUM7QUFBQSxNQUN6SCxhQUFhO0FBQUEsSUFDZjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE9BQU87QUFBQSxNQUNQLFNBQVM7QUFBQSxNQUNULE9BQU8sQ0FBQyx1Q0FBdUMsMkJBQTJCLGFBQWE7QUFBQSxNQUN2RixhQUFhO0FBQUEsTUFDYixLQUFLO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
