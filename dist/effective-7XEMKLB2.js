import {
  configDir,
  effectiveConfig
} from "./chunk-R2C4PMAB.js";
import "./chunk-5RHQZPP4.js";
import "./chunk-EMRC3UNX.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
