import {
  lint
} from "./chunk-63X7KFMS.js";
import "./chunk-CXNYHQLN.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-NH3NBQZ7.js";
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
