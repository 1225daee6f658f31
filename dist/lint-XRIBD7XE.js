import {
  lint
} from "./chunk-D7OM42CX.js";
import "./chunk-L4AV6YAW.js";
import "./chunk-2O26SLP5.js";
import "./chunk-65EAIF3L.js";
import "./chunk-XPXCLLOS.js";
import "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-JUZ5RZPO.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
