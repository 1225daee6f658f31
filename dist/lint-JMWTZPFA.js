import {
  lint
} from "./chunk-F3DBMPNC.js";
import "./chunk-JRVS4TEV.js";
import "./chunk-VHSZ2XTD.js";
import "./chunk-65EAIF3L.js";
import "./chunk-OQDADKWP.js";
import "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-RBP4IWFA.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
