import {
  lint
} from "./chunk-6G5TB2FX.js";
import "./chunk-7ETSFNOE.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-LHUG3SVV.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-KJBJ5XYQ.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-NR4Y6UQY.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
