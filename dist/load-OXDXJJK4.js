import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-P3BGXOQ4.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
