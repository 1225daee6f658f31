import {
  lint
} from "./chunk-JB3ETKLI.js";
import "./chunk-Y2MX4EOA.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-NHVLMHL5.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-Y7LS52ZG.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-FVUPUBVR.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
