import {
  configDir,
  effectiveConfig
} from "./chunk-X6UTFX7S.js";
import "./chunk-EOXBGROJ.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
