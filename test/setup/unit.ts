import './testingLibrary';

// jsdom lacks pointer capture, which Radix calls on pointer events; without these an uncaught
// `target.hasPointerCapture is not a function` fails the run although every test passed.
if (typeof Element !== 'undefined' && !Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}
