import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-5RHQZPP4.js";
import "./chunk-EMRC3UNX.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
