import {
  lint
} from "./chunk-GHDL46OF.js";
import "./chunk-BMGR7IVJ.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-NH3NBQZ7.js";
import "./chunk-W66IYCDC.js";
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
