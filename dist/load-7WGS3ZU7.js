import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-CZ7OUIRV.js";
import "./chunk-KY2IJA6J.js";
import "./chunk-XBJQR4S2.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
