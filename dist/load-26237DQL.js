import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-TYOIMEIK.js";
import "./chunk-IYTX7G3M.js";
import "./chunk-XBJQR4S2.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
