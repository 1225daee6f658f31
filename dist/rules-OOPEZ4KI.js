import {
  RULES,
  rulesByIds
} from "./chunk-IUKLD4JE.js";
import "./chunk-ILESBZFY.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  RULES,
  rulesByIds
};
