import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-E2ANRNRL.js";
import "./chunk-J6DRVA47.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
