import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-TZIOP7JB.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
