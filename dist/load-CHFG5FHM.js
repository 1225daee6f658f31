import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-EOXBGROJ.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
