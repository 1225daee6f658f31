import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-J3YLGYI7.js";
import "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
