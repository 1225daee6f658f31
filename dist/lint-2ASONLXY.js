import {
  lint
} from "./chunk-GZ5CVNUO.js";
import "./chunk-N7JHB36U.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-ZGP46PD7.js";
import "./chunk-EMRC3UNX.js";
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
