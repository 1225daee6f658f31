import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-NHVLMHL5.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
