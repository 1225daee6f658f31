import {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  loadSource,
  maxBytes,
  mentions,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
export {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  loadSource,
  maxBytes,
  mentions,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
