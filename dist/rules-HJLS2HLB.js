import {
  RULES,
  rulesByIds
} from "./chunk-ZZV5GTML.js";
import "./chunk-XJ4INLGQ.js";
import "./chunk-YNEVWCS2.js";
export {
  RULES,
  rulesByIds
};
