import {
  lint
} from "./chunk-S6ARQTIY.js";
import "./chunk-LVDU57JU.js";
import "./chunk-6GEPFXRD.js";
import "./chunk-LHUG3SVV.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-GXF3QT4I.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-5BY44SCE.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
