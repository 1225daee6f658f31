import {
  lint
} from "./chunk-QQEL27XY.js";
import "./chunk-V7T4W66J.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-PZREASDV.js";
import "./chunk-IKHQYRCF.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-6WM2UGMR.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-3GXURZLZ.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
