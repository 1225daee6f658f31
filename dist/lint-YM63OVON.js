import {
  lint
} from "./chunk-SMCG2OXB.js";
import "./chunk-LQXHO3X5.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-LHUG3SVV.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-2HCRCYCH.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-7LBBH7DI.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
