import {
  compileIgnore,
  discover,
  isLintable
} from "./chunk-PJDWRMNX.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
export {
  compileIgnore,
  discover,
  isLintable
};
