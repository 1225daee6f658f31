import {
  lint
} from "./chunk-F5H7R7HG.js";
import "./chunk-N6E5PFR3.js";
import "./chunk-E4J5TJUC.js";
import "./chunk-65EAIF3L.js";
import "./chunk-3AXRINGU.js";
import "./chunk-PJDWRMNX.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-JRL5WNIS.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
