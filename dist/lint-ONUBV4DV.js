import {
  lint
} from "./chunk-TMCQ43FR.js";
import "./chunk-ZUUSDYOE.js";
import "./chunk-GM4MKAWH.js";
import "./chunk-65EAIF3L.js";
import "./chunk-XPXCLLOS.js";
import "./chunk-7ZZOWSCX.js";
import "./chunk-URN6M6N7.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-5QPFRFQQ.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
