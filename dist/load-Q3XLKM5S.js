import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-Z4QPGJHZ.js";
import "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
