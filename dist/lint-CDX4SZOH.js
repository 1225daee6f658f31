import {
  lint
} from "./chunk-R4JP5KUK.js";
import "./chunk-WVYWFQM5.js";
import "./chunk-GFT7FK3D.js";
import "./chunk-5CCLZUDO.js";
import "./chunk-J6DRVA47.js";
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
