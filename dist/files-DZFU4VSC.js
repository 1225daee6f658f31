import {
  HCL,
  MAX_FILE_BYTES,
  calledFolders,
  filterByConfig,
  loadSource,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-UEKUDFC3.js";
import "./chunk-65EAIF3L.js";
import "./chunk-RMXH5ZD5.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-LK7PXVWC.js";
export {
  HCL,
  MAX_FILE_BYTES,
  calledFolders,
  filterByConfig,
  loadSource,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
