import {
  configDir,
  effectiveConfig
} from "./chunk-BK2UAQI7.js";
import "./chunk-J3YLGYI7.js";
import "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
export {
  configDir,
  effectiveConfig
};
