import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-7ZZOWSCX.js";
import "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
export {
  compileIgnore,
  discover,
  isLintable
};
