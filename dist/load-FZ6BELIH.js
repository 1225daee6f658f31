import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-KZWYVX3L.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
