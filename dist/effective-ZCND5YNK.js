import {
  configDir,
  effectiveConfig
} from "./chunk-MKZAIJGE.js";
import "./chunk-7YH2WY3G.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
