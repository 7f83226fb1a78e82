// Loaded with `node --require` (NODE_OPTIONS) by tests of a run that crosses midnight: the clock
// starts at MOVED_CLOCK_NOW and, once the file MOVED_CLOCK_SWITCH exists, runs from
// MOVED_CLOCK_LATER instead, so a test moves a running walk to the next day when it chooses.
// Dates made from a value, and Date.parse and Date.UTC, are untouched.
const { existsSync } = require('node:fs');

const RealDate = Date;
const started = RealDate.now();
const now = () => {
  const later = process.env.MOVED_CLOCK_SWITCH && existsSync(process.env.MOVED_CLOCK_SWITCH);
  return RealDate.parse(process.env[later ? 'MOVED_CLOCK_LATER' : 'MOVED_CLOCK_NOW']) + (RealDate.now() - started);
};

class MovedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now());
    else super(...args);
  }
  static now() {
    return now();
  }
}
globalThis.Date = MovedDate;
