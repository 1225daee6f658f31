import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-2BOEIXTH.js";
import "./chunk-W66IYCDC.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-CLV62ZXN.js";
export {
  compileIgnore,
  discover,
  isLintable
};
