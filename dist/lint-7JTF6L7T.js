import {
  lint
} from "./chunk-T7BXLY7R.js";
import "./chunk-BPUCDJGV.js";
import "./chunk-QOETVHRU.js";
import "./chunk-65EAIF3L.js";
import "./chunk-SS67Y5I3.js";
import "./chunk-SEUTQTFI.js";
import "./chunk-KY2IJA6J.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-RBP4IWFA.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
