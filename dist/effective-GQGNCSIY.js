import {
  configDir,
  effectiveConfig
} from "./chunk-SPBGYD43.js";
import "./chunk-TYOIMEIK.js";
import "./chunk-IYTX7G3M.js";
import "./chunk-XBJQR4S2.js";
export {
  configDir,
  effectiveConfig
};
