import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-PZREASDV.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
