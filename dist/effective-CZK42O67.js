import {
  configDir,
  effectiveConfig
} from "./chunk-QYQT3ATU.js";
import "./chunk-Z4QPGJHZ.js";
import "./chunk-DBQZ7O5B.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-BVOGN6RT.js";
export {
  configDir,
  effectiveConfig
};
