import {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  listDir,
  loadSource,
  maxBytes,
  mentions,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
export {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  listDir,
  loadSource,
  maxBytes,
  mentions,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
