import {
  configDir,
  effectiveConfig
} from "./chunk-FZ6UBY4L.js";
import "./chunk-DX6WTLRS.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  configDir,
  effectiveConfig
};
