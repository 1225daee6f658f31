import {
  configDir,
  effectiveConfig
} from "./chunk-GZM6WQGJ.js";
import "./chunk-TZIOP7JB.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
export {
  configDir,
  effectiveConfig
};
