import {
  lint
} from "./chunk-O22C73WN.js";
import "./chunk-UOX5APFD.js";
import "./chunk-E4J5TJUC.js";
import "./chunk-65EAIF3L.js";
import "./chunk-XPXCLLOS.js";
import "./chunk-PJDWRMNX.js";
import "./chunk-3DAROJ33.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-OLQOQWQY.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  lint
};
