import {
  configDir,
  effectiveConfig
} from "./chunk-XKCNWBV6.js";
import "./chunk-CZ7OUIRV.js";
import "./chunk-KY2IJA6J.js";
import "./chunk-XBJQR4S2.js";
export {
  configDir,
  effectiveConfig
};
