import {
  RULES,
  rulesByIds
} from "./chunk-LYQSTNKA.js";
import "./chunk-ILESBZFY.js";
import "./chunk-XZ32KR2X.js";
import "./chunk-MPQXCWKJ.js";
export {
  RULES,
  rulesByIds
};
