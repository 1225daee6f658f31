import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-LXTBURZL.js";
import "./chunk-UEKUDFC3.js";
import "./chunk-65EAIF3L.js";
import "./chunk-RMXH5ZD5.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-LK7PXVWC.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
