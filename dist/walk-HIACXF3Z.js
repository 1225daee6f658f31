import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-5CCLZUDO.js";
import "./chunk-J6DRVA47.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
