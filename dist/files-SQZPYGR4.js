import {
  HCL,
  MAX_FILE_BYTES,
  filterByConfig,
  loadSource,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
} from "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
export {
  HCL,
  MAX_FILE_BYTES,
  filterByConfig,
  loadSource,
  readModuleFile,
  readRegularFile,
  readSource,
  siblings
};
