import {
  lint
} from "./chunk-PYFF7QMR.js";
import "./chunk-A33RBYFE.js";
import "./chunk-T6UKGG5L.js";
import "./chunk-65EAIF3L.js";
import "./chunk-SS67Y5I3.js";
import "./chunk-LPGMBOKV.js";
import "./chunk-IYTX7G3M.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-RBP4IWFA.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
