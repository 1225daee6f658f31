import {
  OUTSIDE_MESSAGE,
  confine,
  repositoryRoot,
  scanRoots
} from "./chunk-XBJQR4S2.js";
export {
  OUTSIDE_MESSAGE,
  confine,
  repositoryRoot,
  scanRoots
};
