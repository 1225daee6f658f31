import {
  RULES,
  rulesByIds
} from "./chunk-KRUOZZER.js";
import "./chunk-ILESBZFY.js";
import "./chunk-AOHGMMBA.js";
import "./chunk-MPQXCWKJ.js";
export {
  RULES,
  rulesByIds
};
