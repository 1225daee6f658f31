import {
  RULES,
  rulesByIds
} from "./chunk-UE6VNJAO.js";
import "./chunk-ILESBZFY.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-LK7PXVWC.js";
export {
  RULES,
  rulesByIds
};
