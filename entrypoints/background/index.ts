// Service worker entry: wires messages, commands and the side panel; no logic of its own.
export default defineBackground(() => {
  // Filled in by setUp* functions from sibling files.
});
