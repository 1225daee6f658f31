import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-ZGP46PD7.js";
import "./chunk-EMRC3UNX.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
