import {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  loadSource,
  maxBytes,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
export {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  filterByConfig,
  loadSource,
  maxBytes,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
