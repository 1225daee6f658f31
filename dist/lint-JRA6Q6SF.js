import {
  lint
} from "./chunk-UHXVRNLI.js";
import "./chunk-FAEPR4VK.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-LHUG3SVV.js";
import "./chunk-BHPM5OYH.js";
import "./chunk-XBJQR4S2.js";
import "./chunk-6SYMQRUU.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-4CFUAL2Y.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  lint
};
