import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-LPGMBOKV.js";
import "./chunk-IYTX7G3M.js";
import "./chunk-XBJQR4S2.js";
export {
  compileIgnore,
  discover,
  isLintable
};
