import {
  lint
} from "./chunk-WOH544AS.js";
import "./chunk-EJXWTG4Z.js";
import "./chunk-VHSZ2XTD.js";
import "./chunk-65EAIF3L.js";
import "./chunk-OQDADKWP.js";
import "./chunk-TFRGXJFG.js";
import "./chunk-44YM3MGI.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-67PCAUZP.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
