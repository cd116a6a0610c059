// Service worker entry: wires messages and commands; no logic of its own.
import { setUpAnalysis } from './analyse';
import { setUpCommands } from './commands';

export default defineBackground(() => {
  setUpAnalysis();
  setUpCommands();
});
