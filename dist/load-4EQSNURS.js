import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-SFLFXXPO.js";
import "./chunk-W66IYCDC.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
