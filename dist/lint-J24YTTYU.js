import {
  lint
} from "./chunk-GNALDYJK.js";
import "./chunk-UOHVU7BI.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-NHVLMHL5.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-T4UQ62DN.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-7LBBH7DI.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
