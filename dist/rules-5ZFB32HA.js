import {
  RULES,
  rulesByIds
} from "./chunk-ZLUOYPN5.js";
import "./chunk-ILESBZFY.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-LK7PXVWC.js";
export {
  RULES,
  rulesByIds
};
