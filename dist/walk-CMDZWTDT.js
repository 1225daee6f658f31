import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-SEUTQTFI.js";
import "./chunk-KY2IJA6J.js";
import "./chunk-XBJQR4S2.js";
export {
  compileIgnore,
  discover,
  isLintable
};
