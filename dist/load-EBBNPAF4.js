import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-VP2KCJML.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
