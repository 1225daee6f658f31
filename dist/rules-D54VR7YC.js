import {
  RULES,
  rulesByIds
} from "./chunk-RBP4IWFA.js";
import "./chunk-ILESBZFY.js";
import "./chunk-U5J2JU7Q.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  RULES,
  rulesByIds
};
