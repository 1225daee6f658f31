import {
  configDir,
  effectiveConfig
} from "./chunk-L5EWRK46.js";
import "./chunk-SFLFXXPO.js";
import "./chunk-W66IYCDC.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
