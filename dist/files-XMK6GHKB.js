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
} from "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
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
