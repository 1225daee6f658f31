import {
  lint
} from "./chunk-TZJSR35W.js";
import "./chunk-OJBARGBW.js";
import "./chunk-VHSZ2XTD.js";
import "./chunk-65EAIF3L.js";
import "./chunk-XUIQ46VR.js";
import "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-QQO474GR.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
