import {
  configDir,
  effectiveConfig
} from "./chunk-GOR3EAGN.js";
import "./chunk-E2ANRNRL.js";
import "./chunk-J6DRVA47.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
