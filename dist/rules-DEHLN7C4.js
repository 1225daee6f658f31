import {
  RULES,
  rulesByIds
} from "./chunk-6WM2UGMR.js";
import "./chunk-7KMSOTNL.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-3GXURZLZ.js";
import "./chunk-MPQXCWKJ.js";
import "./chunk-CLV62ZXN.js";
export {
  RULES,
  rulesByIds
};
