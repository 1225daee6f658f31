import {
  RULES,
  rulesByIds
} from "./chunk-52ZP6UW2.js";
import "./chunk-ILESBZFY.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  RULES,
  rulesByIds
};
