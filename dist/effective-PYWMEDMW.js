import {
  configDir,
  effectiveConfig
} from "./chunk-DODMBWPY.js";
import "./chunk-VP2KCJML.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
export {
  configDir,
  effectiveConfig
};
