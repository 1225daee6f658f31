import {
  lint
} from "./chunk-LJQ6V5XQ.js";
import "./chunk-COWIZTOC.js";
import "./chunk-TA7FMJBU.js";
import "./chunk-65EAIF3L.js";
import "./chunk-3AXRINGU.js";
import "./chunk-PJDWRMNX.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-QNNHSMUB.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
