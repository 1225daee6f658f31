import {
  lint
} from "./chunk-HHFL5B57.js";
import "./chunk-EWV6M6NI.js";
import "./chunk-QOETVHRU.js";
import "./chunk-65EAIF3L.js";
import "./chunk-OQDADKWP.js";
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
