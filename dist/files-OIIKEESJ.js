import {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  fileBytes,
  filterByConfig,
  listDir,
  loadSource,
  maxBytes,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-IYTX7G3M.js";
import "./chunk-XBJQR4S2.js";
export {
  HCL,
  MAX_HCL_BYTES,
  MAX_JSON_BYTES,
  fileBytes,
  filterByConfig,
  listDir,
  loadSource,
  maxBytes,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
