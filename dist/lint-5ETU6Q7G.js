import {
  lint
} from "./chunk-4Q4YUU7X.js";
import "./chunk-LSXQ47V7.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-LHUG3SVV.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-JG4DQ45A.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-NR4Y6UQY.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
