import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-NH3NBQZ7.js";
import "./chunk-W66IYCDC.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
