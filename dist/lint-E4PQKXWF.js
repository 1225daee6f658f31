import {
  lint
} from "./chunk-TUIPZR5Q.js";
import "./chunk-CXNYHQLN.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-2BOEIXTH.js";
import "./chunk-W66IYCDC.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-RRHP2TNO.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MFAULRRH.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
