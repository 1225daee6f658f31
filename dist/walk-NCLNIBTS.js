import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
export {
  compileIgnore,
  discover,
  isLintable
};
