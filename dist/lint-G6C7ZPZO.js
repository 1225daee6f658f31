import {
  lint
} from "./chunk-TC4KM7KL.js";
import "./chunk-VR7GIDHR.js";
import "./chunk-2O26SLP5.js";
import "./chunk-65EAIF3L.js";
import "./chunk-HUSXV6LO.js";
import "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-AFCAKEKY.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
